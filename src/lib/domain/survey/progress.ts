import type { ItemKind } from '../instrument/types';

export interface ProgressSection {
	id: string;
	items: ReadonlyArray<{ id: string; kind: ItemKind }>;
}

export interface SectionProgress {
	sectionId: string;
	answered: number;
	total: number;
}

/** Answered (a value or "don't know") against total items, per section. */
export function sectionProgress(
	sections: readonly ProgressSection[],
	answeredItemIds: ReadonlySet<string>
): SectionProgress[] {
	return sections.map((s) => ({
		sectionId: s.id,
		answered: s.items.filter((i) => answeredItemIds.has(i.id)).length,
		total: s.items.length
	}));
}

/**
 * Where a returning respondent goes on: the first section with an unanswered item after the
 * last section they answered anything in, else the review; step 1 when nothing is answered yet.
 */
export function resumeStep(progress: readonly SectionProgress[]): number | 'review' {
	let last = -1;
	progress.forEach((p, i) => {
		if (p.answered > 0) last = i;
	});
	if (last === -1) return 1;
	for (let i = last; i < progress.length; i++) {
		if (progress[i]!.answered < progress[i]!.total) return i + 1;
	}
	return 'review';
}

const SECONDS: Record<ItemKind, number> = {
	maturity: 20,
	integration: 6,
	yes_no: 6,
	stakeholder_map: 4
};

/** A rough reading-and-choosing time in minutes, rounded up to 5. */
export function estimateMinutes(items: ReadonlyArray<{ kind: ItemKind }>): number {
	const seconds = items.reduce((sum, i) => sum + SECONDS[i.kind], 0);
	return Math.max(5, Math.ceil(seconds / 60 / 5) * 5);
}
