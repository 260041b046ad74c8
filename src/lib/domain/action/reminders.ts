/**
 * Due-date reminders (issue 15.4): an unfinished action's owner is e-mailed once when its due date
 * is near and once when it has passed — once per due date, so a new due date gets its own pair.
 */
import { isUnfinished, type ActionStatus } from './schema';

/** "Near": due within this many days (today included). */
export const DUE_SOON_DAYS = 3;

export type DueReminder = 'due-soon' | 'overdue';

export interface RemindableAction {
	/** ISO date. */
	dueDate: string | null;
	status: ActionStatus;
	/** The due date each reminder was already sent for. */
	dueSoonRemindedFor: string | null;
	overdueRemindedFor: string | null;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reminder an action is due for on `today` (the ISO date where the organisation is), or null.
 * Past its date: "overdue" (a "due soon" not sent by then is not sent late). Due within
 * `DUE_SOON_DAYS` days: "due soon".
 */
export function dueReminder(action: RemindableAction, today: string): DueReminder | null {
	if (action.dueDate === null || !isUnfinished(action.status)) return null;
	const days = daysBetween(today, action.dueDate);
	if (days < 0) return action.overdueRemindedFor === action.dueDate ? null : 'overdue';
	if (days <= DUE_SOON_DAYS)
		return action.dueSoonRemindedFor === action.dueDate ? null : 'due-soon';
	return null;
}
