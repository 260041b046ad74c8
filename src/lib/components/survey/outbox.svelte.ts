import { getContext } from 'svelte';
import type { AnswerValue } from '$lib/domain/survey/answer';

export const OUTBOX = Symbol('survey-outbox');

type AnswerEntry = { kind: 'answer'; itemId: string } & AnswerValue;
type CommentEntry = { kind: 'comment'; sectionId: string; text: string };
export type OutboxEntry = (AnswerEntry | CommentEntry) & { seq: number };

const MAX_RETRY_MS = 30_000;

/**
 * Answers tapped but not yet confirmed by the server. Kept in localStorage (under a hash of the
 * token, never the token) so an offline tap survives a reload, and sent when the connection
 * returns: on the `online` event and on a backing-off retry timer.
 */
export class Outbox {
	pending: Record<string, OutboxEntry> = $state({});
	online = $state(true);
	sending = $state(false);
	/** Set when the server will never accept these answers (survey closed or submitted). */
	stopped: string | null = $state(null);
	/** Set after something was saved, so the status line can say so. */
	saved = $state(false);

	#url: () => string;
	#key: () => string;
	#seq = Date.now();
	#retryMs = 2000;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inflight: Promise<boolean> | undefined;

	/** True after a send failed while the browser thought it was online. */
	retrying = $state(false);

	constructor(url: () => string, storageKey: () => string) {
		this.#url = url;
		this.#key = storageKey;
		// Loaded at once (not on mount) so a screen can show taps still waiting from an earlier visit.
		if (typeof window !== 'undefined') this.#load();
	}

	#load(): void {
		try {
			const stored = localStorage.getItem(this.storageName);
			if (stored) this.pending = { ...JSON.parse(stored), ...this.pending };
		} catch {
			// private mode or a damaged entry: start empty
		}
	}

	get count(): number {
		return Object.keys(this.pending).length;
	}

	get storageName(): string {
		return `touchstone-survey:${this.#key()}`;
	}

	/** Call once in the browser; returns the cleanup. */
	start(): () => void {
		this.online = navigator.onLine;
		const wentOnline = () => {
			this.online = true;
			this.#retryMs = 2000;
			void this.flush();
		};
		const wentOffline = () => (this.online = false);
		addEventListener('online', wentOnline);
		addEventListener('offline', wentOffline);
		void this.flush();
		return () => {
			removeEventListener('online', wentOnline);
			removeEventListener('offline', wentOffline);
			clearTimeout(this.#timer);
		};
	}

	answer(itemId: string, answer: AnswerValue): void {
		this.#put(`a:${itemId}`, { kind: 'answer', itemId, ...answer, seq: ++this.#seq });
	}

	comment(sectionId: string, text: string): void {
		this.#put(`c:${sectionId}`, { kind: 'comment', sectionId, text, seq: ++this.#seq });
	}

	pendingAnswer(itemId: string): AnswerEntry | undefined {
		const entry = this.pending[`a:${itemId}`];
		return entry?.kind === 'answer' ? entry : undefined;
	}

	pendingComment(sectionId: string): string | undefined {
		const entry = this.pending[`c:${sectionId}`];
		return entry?.kind === 'comment' ? entry.text : undefined;
	}

	/** Forgets everything (after the survey was submitted). */
	clear(): void {
		this.pending = {};
		this.#persist();
	}

	#put(key: string, entry: OutboxEntry): void {
		if (this.stopped) return;
		this.pending[key] = entry;
		this.saved = false;
		this.#persist();
		void this.flush();
	}

	#persist(): void {
		try {
			if (this.count === 0) localStorage.removeItem(this.storageName);
			else localStorage.setItem(this.storageName, JSON.stringify(this.pending));
		} catch {
			// storage full or unavailable: the answers are still sent while the page is open
		}
	}

	/** Sends what is pending; resolves true when nothing is left. */
	flush(): Promise<boolean> {
		if (this.#inflight) return this.#inflight.then(() => this.flush());
		if (this.count === 0) return Promise.resolve(true);
		this.#inflight = this.#send().finally(() => (this.#inflight = undefined));
		return this.#inflight.then((done) => (done && this.count > 0 ? this.flush() : done));
	}

	async #send(): Promise<boolean> {
		clearTimeout(this.#timer);
		if (this.stopped) return false;
		if (!navigator.onLine) {
			this.online = false;
			return false;
		}
		const snapshot = Object.entries($state.snapshot(this.pending));
		const body = {
			answers: snapshot.flatMap(([, e]) =>
				e.kind === 'answer'
					? [
							{
								itemId: e.itemId,
								value: e.value,
								dontKnow: e.dontKnow,
								// An entry kept in localStorage by an older page has no notMyArea.
								notMyArea: e.notMyArea ?? false
							}
						]
					: []
			),
			comments: snapshot.flatMap(([, e]) =>
				e.kind === 'comment' ? [{ sectionId: e.sectionId, text: e.text }] : []
			)
		};
		this.sending = true;
		try {
			const response = await fetch(this.#url(), {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify(body)
			});
			if (response.ok || response.status === 400) {
				// 400: the server can never accept these (e.g. an item from an older page); do not retry forever.
				for (const [key, entry] of snapshot)
					if (this.pending[key]?.seq === entry.seq) delete this.pending[key];
				this.#persist();
				this.#retryMs = 2000;
				this.online = true;
				this.retrying = false;
				if (response.ok) this.saved = true;
				return true;
			}
			if (response.status === 404 || response.status === 409 || response.status === 410) {
				const reply = (await response.json().catch(() => null)) as { message?: string } | null;
				this.stopped = reply?.message ?? 'These answers can no longer be saved.';
				return false;
			}
			this.#retry();
			return false;
		} catch {
			this.online = navigator.onLine;
			this.#retry();
			return false;
		} finally {
			this.sending = false;
		}
	}

	#retry(): void {
		this.retrying = navigator.onLine;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#retryMs);
		this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
	}
}

export function useOutbox(): Outbox {
	return getContext<Outbox>(OUTBOX);
}
