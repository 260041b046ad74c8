/**
 * The five maturity levels' names in the reader's language, for the lead's questionnaire pages
 * (domain/instrument/types keeps the English ones; respondents have their own catalogue).
 */
import { m } from '$lib/paraglide/messages';

const names: Record<number, () => string> = {
	1: m.org_level_1,
	2: m.org_level_2,
	3: m.org_level_3,
	4: m.org_level_4,
	5: m.org_level_5
};

/** Level 1–5's name, e.g. "Developing" for 2. */
export const levelName = (level: number): string => names[level]?.() ?? String(level);
