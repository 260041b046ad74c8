/**
 * The interface's language for one request (issue 17). The paraglide messages read it from this
 * async-local store while the request's loads, actions and components run; outside a request
 * (jobs, e-mails to someone else) a message is given its locale explicitly.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';

type RequestLocale = { locale?: Locale; origin?: string; messageCalls?: Set<string> };

const store = new AsyncLocalStorage<RequestLocale>();
overwriteServerAsyncLocalStorage(store);

/** Runs `work` with the paraglide messages speaking `locale`. */
export const inLanguage = <T>(locale: Locale, work: () => T): T => store.run({ locale }, work);

/**
 * The rest of this request speaks `locale`: the person has just chosen it, and the page that
 * answers their choice (rendered after the action) is already in it.
 */
export function switchLanguage(locale: Locale): void {
	const current = store.getStore();
	if (current) current.locale = locale;
}
