/**
 * A cycle's words in the lead's and board's language (issue 17.1): its status, the stakeholder
 * groups and the review steps. Kept apart from status.ts and instrument/types.ts, which the
 * respondent pages, the report and the benches load without the interface catalogue.
 */
import { m } from '$lib/paraglide/messages';
import type { Label } from '$lib/i18n/interface';
import type { Locale } from '$lib/paraglide/runtime';
import type { CycleStatus, CycleTransition } from './status';

/** A status as a badge shows it: "Draft", "Open". */
export const statusLabel = (status: CycleStatus): string =>
	({
		draft: m.cycle_status_draft,
		open: m.cycle_status_open,
		closed: m.cycle_status_closed,
		reviewed: m.cycle_status_reviewed
	})[status]();

/** A status inside a sentence, after "this cycle is": "draft", "closed". */
export const statusInSentence = (status: CycleStatus): string =>
	({
		draft: m.cycle_status_draft_in_sentence,
		open: m.cycle_status_open_in_sentence,
		closed: m.cycle_status_closed_in_sentence,
		reviewed: m.cycle_status_reviewed_in_sentence
	})[status]();

/** Why a status change was refused: "This cycle is closed, so it cannot be reopened." */
export const transitionRefused = (status: CycleStatus, transition: CycleTransition): string =>
	m.cycle_transition_refused({
		status: statusInSentence(status),
		action: {
			open: m.cycle_transition_opened,
			close: m.cycle_transition_closed,
			reopen: m.cycle_transition_reopened,
			review: m.cycle_transition_reviewed
		}[transition]()
	});

const groupMessages: Record<string, Label> = {
	executives: m.cycle_group_executives,
	marketing: m.cycle_group_marketing,
	sales: m.cycle_group_sales,
	service: m.cycle_group_service,
	it: m.cycle_group_it,
	finance: m.cycle_group_finance,
	front_line: m.cycle_group_front_line,
	partners: m.cycle_group_partners
};

/** A stakeholder group's name (in `locale`, else the interface's); unknown keys show as they are. */
export const groupLabel = (key: string, locale?: Locale): string =>
	groupMessages[key]?.({}, locale ? { locale } : undefined) ?? key;

/** A dimension's kind, as the cycle page's table names it. */
export const dimensionKindLabel = (kind: string): string =>
	kind === 'governance' ? m.cycle_kind_governance() : m.cycle_kind_building_block();

/** The title and opening prompt of each of the four review steps (status.ts: reviewSteps). */
export const reviewStepTexts: Record<1 | 2 | 3 | 4, { title: Label; prompt: Label }> = {
	1: { title: m.cycle_review_step1_title, prompt: m.cycle_review_step1_prompt },
	2: { title: m.cycle_review_step2_title, prompt: m.cycle_review_step2_prompt },
	3: { title: m.cycle_review_step3_title, prompt: m.cycle_review_step3_prompt },
	4: { title: m.cycle_review_step4_title, prompt: m.cycle_review_step4_prompt }
};
