// autocannon ships no types; bench/submissions.ts declares the parts of its result it reads.
declare module 'autocannon' {
	const autocannon: (
		options: Record<string, unknown>
	) => PromiseLike<unknown> & { on(event: string, listener: (...args: never[]) => void): void };
	export default autocannon;
}
