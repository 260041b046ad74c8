/**
 * Comments (docs/scoring.md §5): per section, only once the section has enough of them.
 */
import type { InstrumentDefinition } from '../instrument/types';
import type { GroupDisclosure } from './anonymity';
import { compareKeys, isMaturitySection, type CommentRow } from './stats';
import type { DimensionComments, ShownComment } from './types';

/**
 * Each comment is from a different respondent (one comment per response and section), so the
 * count is a count of people. Shown comments are sorted by text so that their order cannot be
 * matched to submission order, and labelled only with shown groups. Not-applicable dimensions
 * have no comments.
 */
export function showComments(
	instrument: InstrumentDefinition,
	rows: readonly CommentRow[],
	groups: readonly GroupDisclosure[],
	notApplicable: ReadonlySet<string>,
	commentThreshold: number
): DimensionComments[] {
	const shownGroups = new Set(groups.filter((g) => g.withheld === null).map((g) => g.group));
	const comments: DimensionComments[] = [];
	for (const section of instrument.sections) {
		if (notApplicable.has(section.key) && isMaturitySection(section)) continue;
		const own = rows.filter((c) => c.dimensionKey === section.key);
		if (own.length === 0) {
			comments.push({ dimensionKey: section.key, count: 0, comments: [] });
		} else if (own.length < commentThreshold) {
			comments.push({
				dimensionKey: section.key,
				count: own.length,
				withheld: `fewer than ${commentThreshold} comments`
			});
		} else {
			const shown: ShownComment[] = own
				.map((c) =>
					shownGroups.has(c.group) ? { text: c.text, group: c.group } : { text: c.text }
				)
				.sort((a, b) => compareKeys(a.text, b.text) || compareKeys(a.group ?? '', b.group ?? ''));
			comments.push({ dimensionKey: section.key, count: own.length, comments: shown });
		}
	}
	return comments;
}
