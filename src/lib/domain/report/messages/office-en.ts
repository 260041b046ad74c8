/**
 * The slide deck's and the workbook's own texts in English (issue 17; server/reports/deck.ts,
 * workbook.ts), part of the report's catalogue (en.ts spreads them in); where the PDF has the same
 * words, the deck and the workbook use the PDF's message.
 */
import type { DimensionChange } from '../../cycle/compare';

export const enOffice = {
	/** A dimension's change between cycles (cycle/compare.ts), as the workbook names it. */
	verdicts: {
		'real change': 'real change',
		'within noise': 'within noise',
		'not comparable': 'not comparable'
	} satisfies Record<DimensionChange['verdict'], string> as Record<
		DimensionChange['verdict'],
		string
	>,
	/** The index's caption in the deck's key figure and the workbook's headline. */
	maturityIndexScale: 'Maturity index (1–5)',
	deck: {
		withheld:
			'Not shown: {reason}. {responses} responses were submitted; the anonymity threshold is {threshold}.',
		provisionalCover: 'PROVISIONAL: the cycle is still open, every figure may change',
		generatedOn: 'Generated {date}',
		level: 'level {level} {name}',
		realChanges: 'Real changes',
		decisionsFrom: 'From the action plan and the roadmap',
		results: 'Results: every dimension',
		againstTarget: 'Against target',
		againstTargetSub: 'Each dimension’s score and its target on the 1–5 scale',
		trendSub: 'The maturity index of each closed cycle',
		oneCycle:
			'Only one cycle so far ({cycle}: {index}): the trend starts with the next closed cycle.',
		lastPointOpen: 'The last point is the open cycle: provisional.',
		eachDimension: 'Each dimension over time',
		eachDimensionSub:
			'{first} (left) to {last} (right); each panel from 1 (bottom line) to 5 (top line); dashed: this cycle’s target',
		targets: 'Targets',
		targetsSub: '{reached} of {total} targets reached; largest gap first',
		noTargets: 'No targets were set for this cycle.',
		howToRead: 'How to read the figures'
	},
	workbook: {
		/** Sheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rule). */
		sheets: {
			headline: 'Headline',
			buildingBlocks: 'Building blocks',
			governanceAreas: 'Governance areas',
			integration: 'Integration',
			trends: 'Trends',
			actions: 'Actions'
		},
		figure: 'Figure',
		value: 'Value',
		meaning: 'What it means',
		organisation: 'Organisation',
		cycle: 'Cycle',
		statusProvisional: 'Provisional: the cycle is still open',
		statusFinal: 'Final: the cycle is closed',
		index100: 'Maturity index (0–100)',
		formula100: '(index − 1) / 4 × 100',
		previousCycle: 'Previous cycle',
		indexChange: 'Index change since the previous cycle',
		changedForReal: 'Dimensions changed for real (up / down / compared)',
		changedLine: '{up} up, {down} down, of {compared} compared.',
		invited: 'Invited',
		anonymityThreshold: 'Anonymity threshold (people)',
		scoresNotShown: 'Scores not shown',
		noMatters: 'No dimension has a score to single out.',
		noDecision: 'No decision is asked in this report.',
		scoreScale: 'Score (1–5)',
		intervalLow: '95% interval, low',
		intervalHigh: '95% interval, high',
		levelName: 'Level name',
		betweenLevels: 'Between levels',
		gapToTarget: 'Gap to target (target − score; + = still to go)',
		previousNamed: 'Previous ({cycle})',
		changeIs: 'Change is',
		nPeople: 'n (people)',
		agreement: 'Agreement (0–1)',
		perceptionGap: 'Perception gap',
		peerMedian: 'Peer median',
		peerTopQuartile: 'Peer top quartile',
		note: 'Note',
		ratedBy: 'Respondents who rated it',
		consultedOrIntegrated: 'Consulted or integrated',
		meanRating: 'Mean rating (0–3)',
		integratedHere: 'Integrated here',
		decidedBy: 'Decided by',
		studyShare: 'Study: share of organisations integrating it',
		overall: 'Overall (mean of the shown functions)',
		integratedNote:
			'Integrated: the function is fully part of CRM work (rating 3), as the study counts it.',
		closedCycle: 'Closed cycle',
		closedOn: 'Closed on',
		trendsNote:
			'Closed cycles only, oldest first: an open cycle’s figures are provisional and left out. An empty cell: no score that cycle (withheld, not applicable or not asked).',
		impactScale: 'Impact (1–5)',
		complexityScale: 'Complexity (1–5)',
		budget: 'Budget',
		approved: 'Approved',
		awaitingApproval: 'Awaiting approval',
		actionsNote:
			'Early win: impact 4–5 with complexity 1–3. Amounts in whole units of the organisation’s currency.'
	}
};

export type OfficeMessages = typeof enOffice;
