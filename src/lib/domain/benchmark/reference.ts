/**
 * Published reference figures: Carlson Marketing Group's study of 32 organisations, as reported in
 * "How to Solve the CRM Puzzle" (seed 000). Shown as "you vs the study", always with this source.
 */
export const referenceStudyTitle = 'How to Solve the CRM Puzzle';
// Its citation is worded once per language, in the report's catalogue (`studyCitation`), which
// the dashboard reads too (report/messages: studyCitation(language)).

/** Share of the study's organisations that integrate each function into CRM efforts. */
export const integrationReference: Record<string, number> = {
	finance: 0.75,
	sales: 0.75,
	it: 0.75,
	rnd: 0.5,
	operations: 0.5,
	purchasing: 0.25,
	hr: 0
};

/** Yes-shares from the same study for the reference questions. */
export const referenceQuestions: Record<string, { share: number; wording: string }> = {
	'reference.best_customers': {
		share: 0.6,
		wording: 'treat their best customers differently (“six in 10”)'
	},
	'reference.hiring_crm_skills': {
		share: 0.17,
		wording: 'require applicants to demonstrate CRM skills'
	}
};
