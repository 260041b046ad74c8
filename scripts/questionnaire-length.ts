/**
 * For every built-in questionnaire and stakeholder group: the questions asked, the words read and
 * the estimated minutes (estimateMinutes, the figure the landing page, QR cards and e-mails show).
 * Issue 13 sets the goal: at most 40 questions and 12 minutes for every group.
 *
 *   npx tsx scripts/questionnaire-length.ts
 */
import { stakeholderGroups, type InstrumentDefinition } from '../src/lib/domain/instrument/types';
import { touchstoneV1 } from '../src/lib/domain/instrument/touchstone-v1';
import { touchstoneV2 } from '../src/lib/domain/instrument/touchstone-v2';
import { sectionsAsked } from '../src/lib/domain/instrument/routing';
import { estimateMinutes, wordsToRead } from '../src/lib/domain/survey/progress';

const builtIn: InstrumentDefinition[] = [touchstoneV1, touchstoneV2];
const GOAL_MINUTES = 12;
const GOAL_ITEMS = 40;

for (const instrument of builtIn) {
	console.log(`${instrument.name} v${instrument.version}`);
	console.log(
		'  group               sections questions    words  minutes  within 12 min / 40 questions'
	);
	for (const group of stakeholderGroups) {
		// The sections this group is asked (version 1 has no routing: every group answers every section).
		const sections = sectionsAsked(instrument.sections, group.key, instrument.routing);
		const items = sections.reduce((n, s) => n + s.items.length, 0);
		const words = sections.reduce((n, s) => n + wordsToRead(s), 0);
		const minutes = estimateMinutes(sections);
		const ok = minutes <= GOAL_MINUTES && items <= GOAL_ITEMS;
		console.log(
			`  ${group.name.padEnd(18)} ${String(sections.length).padStart(9)} ${String(items).padStart(9)} ${String(words).padStart(8)} ${String(minutes).padStart(8)}  ${ok ? 'yes' : 'NO'}`
		);
	}
}
