/**
 * A coarse label for a session's browser and system ("Firefox on Windows", "Safari on iPhone"),
 * enough for a person to recognise their own devices on the account page. Only this label is
 * stored, never the raw user agent (which, with versions and build numbers, helps fingerprint).
 * The label is stored in English and shown in the reader's language (deviceName).
 */
import { m } from '$lib/paraglide/messages';

const browsers: Array<[RegExp, string]> = [
	[/\bEdg(?:e|A|iOS)?\//, 'Edge'],
	[/\b(?:OPR|Opera)\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\b(?:Firefox|FxiOS)\//, 'Firefox'],
	[/(?:\b|Headless)(?:Chrome|Chromium|CriOS)\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
	[/\bcurl\//, 'curl']
];

const systems: Array<[RegExp, string]> = [
	[/\biPhone\b/, 'iPhone'],
	[/\biPad\b/, 'iPad'],
	[/\bAndroid\b/, 'Android'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bWindows\b/, 'Windows'],
	[/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
	[/\bLinux\b/, 'Linux']
];

export function deviceLabel(userAgent: string | null | undefined): string {
	const ua = (userAgent ?? '').slice(0, 512);
	const browser = browsers.find(([pattern]) => pattern.test(ua))?.[1];
	const system = systems.find(([pattern]) => pattern.test(ua))?.[1];
	if (browser && system) return `${browser} on ${system}`;
	if (browser) return browser;
	if (system) return `A browser on ${system}`;
	return 'Unknown browser';
}

/** A stored device label in the current language: its browser and system names stay as they are. */
export function deviceName(label: string): string {
	if (label === 'Unknown browser') return m.common_device_unknown();
	const system = /^A browser on (.+)$/.exec(label);
	if (system) return m.common_device_browser_on({ system: system[1]! });
	const both = /^(.+) on (.+)$/.exec(label);
	if (both) return m.common_device_on({ browser: both[1]!, system: both[2]! });
	return label;
}

/**
 * When a session was last used, as coarsely as it is recorded (every 5 minutes at most):
 * "in the last few minutes", "3 hours ago", "yesterday", "12 days ago", in the current language.
 * Needs no time zone.
 */
export function lastUsedLabel(lastUsedAt: Date, now: Date = new Date()): string {
	const minutes = Math.floor((now.getTime() - lastUsedAt.getTime()) / 60_000);
	if (minutes < 10) return m.common_last_used_recently();
	if (minutes < 60) return m.common_last_used_minutes({ count: minutes });
	const hours = Math.floor(minutes / 60);
	if (hours < 24)
		return hours === 1 ? m.common_last_used_hour() : m.common_last_used_hours({ count: hours });
	const days = Math.floor(hours / 24);
	return days === 1 ? m.common_last_used_yesterday() : m.common_last_used_days({ count: days });
}
