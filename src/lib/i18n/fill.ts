/**
 * A message with its `{name}` placeholders filled in. Messages stay plain strings so a page gets
 * its language's catalogue as data from the server and no catalogue is sent as JavaScript.
 */
export const fill = (message: string, values: Record<string, string | number>): string =>
	message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
