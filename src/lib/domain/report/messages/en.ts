/**
 * The board report's fixed texts in English (issue 17). Placeholders are `{name}`, filled by
 * `fill` ($lib/i18n/fill's rule, domain/report/messages/index.ts); every language has every key
 * with the same placeholders (tests/unit/report-languages.test.ts). Dimension names and item texts
 * are not here: they come from the questionnaire version's translation.
 */
import type { ActivityDecision } from '../../activity/portfolio';
import type { StakeholderGroupKey } from '../../instrument/types';
import { enOffice } from './office-en';

export const en = {
	// The document: metadata, running header and footer.
	docTitle: 'CRM governance maturity – {organisation} – {cycle}',
	docSubject: 'Board report',
	headerBoardReport: 'Board report',
	headerProvisional: 'Provisional – cycle still open',
	footer: 'Touchstone · CRM governance maturity · generated {date}',
	footerPage: 'Page {page} of {pages}',
	watermark: 'PROVISIONAL',
	// Cover.
	kicker: 'BOARD REPORT',
	title: 'CRM governance maturity',
	employees: '{band} employees',
	assessmentCycle: 'Assessment cycle',
	period: 'Period',
	status: 'Status',
	statusProvisional: 'Open – figures are provisional',
	questionnaire: 'Questionnaire',
	questionnaireVersion: '{name}, version {version}',
	generated: 'Generated',
	contents: 'Contents',
	coverWithheld: 'Scores are not shown for this cycle: {reason}.',
	maturityIndex: 'Maturity index',
	maturityLevel: 'Maturity level',
	responses: 'Responses',
	onScale: 'on the 1–5 scale',
	responseRateOf: 'response rate {rate}',
	provisionalNotice:
		'This report was made while the cycle is still open. Every figure is provisional and will change as more responses arrive; use the report made after the cycle closes for decisions.',
	// Executive summary.
	executiveSummary: 'Executive summary',
	summaryWithheld:
		'No scores are shown for this cycle: {reason}. {responses} responses were submitted; the anonymity threshold is {threshold}.',
	responseRateLine: 'Response rate: {rate}.',
	overviewLevel: 'level {level}, {name}',
	overviewNoLevel: 'no maturity level',
	overviewIs: ' is at {level}: a maturity index of ',
	overviewRest: ' on the 1–5 scale, from {responses} responses across {dimensions} dimensions.',
	overviewProvisional: ' The cycle is still open, so these figures are provisional.',
	overviewSince: ' Since {previous}: {summary}.',
	changeSincePrevious: 'Change since previous cycle',
	notScored: '{cycle}: not scored',
	firstCycle: 'first cycle',
	changeFrom: 'from {index} in {cycle}',
	responseRate: 'Response rate',
	overallIndex: 'Overall index',
	noInvitationList: '{responses} responses (no invitation list, so no response rate)',
	responsesCount: '{count} responses',
	invitedOf: '{responded} of {invited} invited',
	actionPlan: 'Action plan',
	actionPlanLine:
		'{actions} in this cycle’s plan, {done} done; {wins} (high impact, low to medium complexity).',
	actionOne: '1 action',
	actionMany: '{count} actions',
	openWinOne: '1 open early win',
	openWinMany: '{count} open early wins',
	threeThings: 'Three things that matter',
	nothingToSingleOut: 'No dimension has a score to single out in this cycle.',
	threeThingsRule:
		'Chosen by a fixed rule: the largest real change since the previous cycle, the largest gap to target, and the dimension furthest below the peer median (the weakest dimension without peers), each about a different dimension.',
	decisionsAsked: 'Decisions asked of the board',
	noDecisionWaiting:
		'No decision is asked in this report: no action waits for a budget and no roadmap phase waits to start.',
	noDecisionNoPlan:
		'No decision is asked in this report: no action plan or roadmap has been recorded for this cycle yet.',
	howToRead: 'How to read these figures',
	// The story: the three things that matter and the decisions.
	previousCycleName: 'the previous cycle',
	matterImproved: '{dimension} improved by {change} since {previous}',
	matterFell: '{dimension} fell by {change} since {previous}',
	matterChangeDetail: 'From {before} to {after}: a real change, not noise.',
	matterNoChange: 'No dimension changed for real since {previous}',
	matterNoChangeDetail: 'All {compared} changes compared are within noise: they may be chance.',
	matterGap: '{dimension} is furthest from its target',
	matterGapDetail: '{score} against a target of {target}: {gap} to go.',
	matterBehindPeers: '{dimension} is furthest behind comparable organisations',
	matterClosestPeers: '{dimension} is closest to comparable organisations',
	matterPeersDetail: '{score} against a peer median of {median}{topQuartile}.',
	matterTopQuartile: ' (top quartile {value})',
	matterWeakest: '{dimension} is the weakest dimension',
	matterAmongWeakest: '{dimension} is among the weakest dimension',
	matterWeakestDetail: '{score}, level {level} {name}{interval}.',
	matterInterval: ' (95% interval {low}–{high})',
	decisionBudget: 'Approve a budget of {amount} for “{action}”',
	decisionBudgetDetail:
		'{kind} on {dimensions}; owner {owner}; impact {impact}, complexity {complexity} (1–5){due}.',
	earlyWin: 'Early win',
	action: 'Action',
	due: '; due {date}',
	decisionAuthorisation:
		'Give the financial authorisation of the implementation plan (step {step}: {title})',
	decisionAuthorisationDetail:
		'Approval from those who control the budget: who authorised how much.',
	decisionPhase: 'Start phase {number} of the roadmap, “{phase}” ({dates})',
	noDatesYet: 'no dates set yet',
	decisionPhaseDetail: '{actions}{wins}, on {dimensions}.',
	earlyWinsSuffixOne: ', 1 early win',
	earlyWinsSuffixMany: ', {count} early wins',
	noComparisonWith: 'no comparison with {previous}',
	firstCycleNothing: 'first cycle: nothing to compare',
	noneChanged: 'none of {compared} dimensions changed beyond noise',
	someChanged: '{changed} of {compared} dimensions changed for real ({up} up, {down} down)',
	changeNoise: '{change} (noise)',
	gapToGo: '{gap} to go',
	gapReached: 'reached ({gap})',
	buildingBlock: 'Building block',
	governanceArea: 'Governance area',
	notApplicable: 'not applicable in this cycle',
	notShownBecause: 'not shown: {reason}',
	noValidAnswers: 'no valid answers in this cycle',
	notShown: 'Not shown: {reason}.',
	// Results at a glance.
	resultsAtAGlance: 'Results at a glance',
	everyDimension: 'Every dimension',
	againstTarget: 'The 14 dimensions against target',
	trendAcrossCycles: 'Trend across cycles',
	integrationAgainstStudy: 'Functional integration against the reference study',
	dimension: 'Dimension',
	score: 'Score',
	scoreShort: 'Score',
	interval95: '95% interval',
	level: 'Level',
	target: 'Target',
	gapHeader: 'Gap (target − score)',
	previous: 'Previous',
	change: 'Change',
	strongest: 'Three strongest dimensions',
	weakest: 'Three weakest dimensions',
	noScoredDimensions: 'No scored dimensions',
	participation: 'Participation',
	lowGroups: 'Groups below a {rate} response rate: {groups}. Their views may be under-represented.',
	withheldGroups:
		'Group figures not shown: {groups}. Their answers still count in the whole-organisation figures.',
	barsExplained:
		'Bars show this cycle’s score (mean of item means) on the 1–5 maturity scale, whiskers the 95% confidence interval.',
	noAnswers: 'no answers',
	thisCycle: 'This cycle',
	previousCycleLegend: 'Previous cycle ({cycle})',
	previousCycleNone: 'Previous cycle (none)',
	confidenceInterval: '95% confidence interval',
	provisionalSuffix: '{cycle} (provisional)',
	noClosedCycle: 'No closed cycle yet: the trend starts once a cycle has closed.',
	oneCycleOnly: 'Only one cycle so far: the trend line starts with the next closed cycle.',
	rangeBand: 'Range from weakest to strongest dimension',
	openCycleLegend: 'Open cycle (provisional)',
	eachDimension: 'Each dimension on its own',
	panelsExplained:
		'Each panel runs from {first} (left) to {last} (right) on the same scale, from 1 (bottom line) to 5 (top line); the dashed line is this cycle’s target; beside the line, the first and the latest score. The figures are in appendix A.',
	trendFigures: 'Trend figures',
	nobodySaidFunctions: 'Nobody has said which functions take part in CRM for this cycle.',
	notKnown: 'not known',
	integrated: 'integrated',
	notIntegrated: 'not integrated',
	leadsFacts: 'lead’s facts',
	respondentsDiffer: ' (respondents differ)',
	respondentsMiddle: 'respondents’ middle rating',
	studyIntegrated: '{integrated} of the study’s {of} functions integrated',
	studyNotKnown: ' ({count} not known)',
	studyAverage: '; the study’s average organisation integrates {average}.',
	function: 'Function',
	here: 'Here',
	from: 'From',
	study: 'Study',
	integratedExplained:
		'Integrated: the function is fully part of CRM work — what the study counts, as the share of its organisations integrating each function. The lead’s facts decide; where the lead left a function blank, the median rating of the respondents who rated it.',
	respondentsRate:
		'How respondents rate each function: the share rating it consulted or integrated (don’t know excluded).',
	referenceSource: 'Source of the reference figures: {source}.',
	/** The reference study: its published title (benchmark/reference.ts) stays as published. */
	studyCitation: 'Carlson Marketing Group study of 32 organisations (“{title}”)',
	// Appendix A.
	appendixA: 'Appendix A: dimensions in detail',
	itemsIntro:
		'Each item is answered on the five-level scale. Mean and SD over valid answers; “don’t know” is counted, never averaged in. What the figures mean:',
	agreementSource: '(Tastle–Wierman consensus.)',
	distributionLegend: 'Answer distribution, level 1 (light) to 5 (dark):',
	scoreOf100: 'Score {score} ({score100} of 100)',
	targetToGo: 'target {target}, {gap} to go',
	targetReached: 'target {target}, reached',
	noTarget: 'no target set',
	ci: '95% CI {low}–{high}',
	ciItemLeftOut: '95% CI not shown (an item answered by too few people is left out of the score)',
	ciTooFew: '95% CI not available (fewer than 2 respondents)',
	nEquals: 'n = {n}',
	alphaNotReported: 'Cronbach’s α not reported: {reason}',
	alphaValue: 'Cronbach’s α {value}',
	dontKnowShare: 'don’t know {share}',
	agreementValue: 'agreement {value}',
	changeSince: 'change since {previous} {change}',
	withinNoise: ' (within noise)',
	questionsChanged: ' — its questions changed between the versions: read with care',
	perceptionGapWithheld: 'Perception gap not shown: {reason}.',
	perceptionGapLine: 'Perception gap {gap}{margin}: {high} highest, {low} lowest.',
	groupWithheld: '{group} withheld',
	groupsLine: ' Groups: {groups}.',
	itemWithheld: 'withheld: fewer than {threshold}',
	item: 'Item',
	mean: 'Mean',
	sd: 'SD',
	dontKnow: 'Don’t know',
	agreementHeader: 'Agree-ment',
	answers15: 'Answers 1–5',
	levelLine: '{kind} · level {level} {name}',
	betweenLevelsTag: ' · between levels',
	commentsWithheldOne: '1 comment not shown: {reason}.',
	commentsWithheldMany: '{count} comments not shown: {reason}.',
	comments: 'Comments ({count})',
	moreOnDashboard: 'and {count} more on the dashboard.',
	// Action plan.
	actionsHeader: {
		action: 'Action',
		dimensions: 'Dimensions',
		owner: 'Owner',
		impact: 'Impact',
		complexity: 'Complexity',
		due: 'Due',
		status: 'Status'
	},
	actionsRanked:
		'Actions are ranked by business impact (1–5) against technical complexity (1–5). Early wins — impact 4 or more with complexity 3 or less (high impact, low to medium complexity, as Giga ranks projects) — come first: they build momentum while larger projects are prepared.',
	noActions: 'No actions have been recorded for this cycle yet.',
	earlyWins: 'Early wins ({count})',
	noEarlyWin: 'No action is both high-impact (4–5) and of low to medium complexity (1–3).',
	otherActions: 'Other actions ({count})',
	everyActionWin: 'Every action is an early win.',
	actionStatuses: {
		planned: 'Planned',
		in_progress: 'In progress',
		done: 'Done',
		dropped: 'Dropped'
	},
	// Benchmarks.
	benchmarks: 'Benchmarks',
	referenceStudy: 'Reference study',
	source: 'Source: ',
	referenceFigure: 'Reference figure',
	yourOrganisation: 'Your organisation',
	yes: 'yes',
	no: 'no',
	integratedIntoCrm: '{function}: integrated into CRM efforts',
	ofRespondents: '{share} of respondents',
	studyCountsOrganisations:
		'The study counts organisations, so “your organisation” says whether it integrates the function (the lead’s facts, else the respondents’ middle rating) or answers yes (the lead’s facts, else the share of respondents answering yes).',
	bestCustomers: 'Best customers treated differently',
	hiringCrmSkills: 'CRM skills required when hiring',
	ourAgainstStudy: '{ours} · study {study}',
	respondentsYes: 'Your respondents answering yes',
	peerOrganisations: 'Peer organisations',
	peersFiltered: 'Peers filtered: {filter}.',
	peersWho:
		'Peers: organisations admitted to this installation’s benchmark panel by its operator, sharing no member with yours.',
	peersRule:
		'Shown per dimension only with at least {min} peers (the top decile with at least {minDecile}), each with a closed cycle of at least 10 responses; figures rounded to one decimal. Quantiles by linear interpolation (Hyndman & Fan type 7); your position is given as a band.',
	peersNoScores: 'Peer benchmark not shown: no dimension scores to compare.',
	peersWithheldAll:
		'Peer benchmark withheld for every dimension: {reasons} (at most {most} with a score).',
	peerOne: '1 peer organisation',
	peerMany: '{count} peer organisations',
	youNone: 'you: –',
	youBand: 'you {score} · {band}',
	withheldReason: 'withheld: {reason}',
	peersNotShown: 'Peer benchmark not shown: {reason}.',
	peersHeader: {
		you: 'You',
		median: 'Median',
		topQuartile: 'Top quartile',
		topDecile: 'Top decile',
		band: 'Your band',
		peers: 'Peers'
	},
	medianToTopQuartile: 'Median to top quartile',
	topQuartileToDecile: 'Top quartile to top decile',
	bands: {
		'lower half': 'lower half',
		'upper half': 'upper half',
		'top quartile': 'top quartile',
		'top decile': 'top decile'
	},
	// Roadmap and portfolio.
	noDatesSet: 'no dates set',
	phasedPlan: 'Phased plan',
	noPhases: 'No phases have been planned for this cycle yet.',
	earlyWinRating: ' · early win ({impact}×{complexity})',
	noActionsYet: 'No actions yet',
	phaseHeader: 'Phase',
	actionsRating: 'Actions (impact × complexity)',
	unphasedOne: '1 action not in a phase yet.',
	unphasedMany: '{count} actions not in a phase yet.',
	roadmap: 'Roadmap',
	roadmapIntro:
		'The roadmap follows four phases: discovery, an assessment of the opportunities, the current state against a written future state, and a phased plan that closes the gaps with early wins (high impact, low to medium complexity) first.',
	discovery: 'Discovery',
	goals: 'Goals and objectives: ',
	assets: 'Assets and data: ',
	interviews: 'Stakeholder interviews: ',
	noneRecorded: 'none recorded',
	currentAndFuture: 'Current state and future state',
	noFutureState: 'No future state has been written yet.',
	now: 'Now',
	futureState: 'Future state',
	portfolio: 'CRM activity portfolio',
	noActivities: 'No CRM activities have been recorded yet.',
	activitiesOne:
		"1 CRM activity in the inventory, grouped by the decision taken in this cycle's review.",
	activitiesMany:
		"{count} CRM activities in the inventory, grouped by the decision taken in this cycle's review.",
	decision: 'Decision',
	activities: 'Activities',
	noObjective: 'Activities serving no strategic objective',
	everyActivityServes: 'Every activity serves a part of the CRM strategy.',
	/** The portfolio review's decisions (domain/activity: IESE's list); `none`: not reviewed yet. */
	portfolioDecisions: {
		keep: 'Keep as it is',
		promote: 'Promote it with its group of activities',
		start_new: 'Start a new activity beside it',
		review_access: 'Review the access conditions to raise participation',
		bolster_promotion: 'Bolster its promotion',
		phase_out: 'Phase it out',
		find_partners: 'Find partners for it',
		group_by_level: 'Group it with others by level',
		none: 'Not reviewed yet'
	} satisfies Record<ActivityDecision | 'none', string> as Record<
		ActivityDecision | 'none',
		string
	>,
	method: {
		heading: 'Appendix B: methodology',
		scale: 'Scale',
		scaleIntro:
			'Each maturity item is answered on five levels, each with a behavioural anchor so that respondents mean the same thing by the same number; “don’t know” is counted and reported as its own share, never averaged in.',
		name: 'Name',
		looksLike: 'What it looks like',
		scoreBand: 'Score band',
		aggregation:
			'A dimension’s score is the mean of its item means (1–5; 0–100 = (score − 1) / 4 × 100); the maturity index is the unweighted mean of the scored, applicable dimensions. A level is reached only when the score reaches it (2.50 is level 2); a dimension whose 95% interval reaches another level too is marked “between levels”. The index’s 95% interval is cautious — plus or minus the mean of the dimensions’ half-widths, never narrower than the true one — and is not used for that mark.',
		respondents: 'Respondents and response rate',
		respondentsLine:
			'{responses} submitted responses. Response rate {rate}. Groups under {low} are flagged.',
		group: 'Stakeholder group',
		invited: 'Invited',
		responded: 'Responded',
		rate: 'Rate',
		figures: 'Figures',
		low: ' (low)',
		shown: 'shown',
		noResponses: 'no responses',
		anonymity: 'Anonymity',
		anonymityText:
			'Every figure rests on at least {threshold} people (the anonymity threshold of this cycle; never below 3). Below {threshold} responses in the whole cycle, no score is shown. An item’s mean, spread and answer distribution are shown only when at least {threshold} people gave it a level (“don’t know” does not count); a dimension only when at least {threshold} people gave a level in it, and its score is the mean of those items. Results for a stakeholder group are shown only when it has at least {threshold} submitted responses and, per dimension, at least {threshold} of them gave a level. When hidden groups (or the people a shown group’s figures leave out) number between 1 and {below}, further group figures are hidden, so that no small number of people can be worked out from the totals. Comments on a section are shown only from {comments} comments on, in an order unrelated to submission. Counts of responses are always shown.',
		comparedOne: 'In this report 1 dimension was compared with the previous cycle.',
		comparedMany: 'In this report {count} dimensions were compared with the previous cycle.',
		noPrevious: 'This report has no previous cycle to compare with.',
		intervals: 'Confidence intervals',
		intervalsText:
			'Each dimension’s 95% confidence interval is centred on its score: score ± t(0.975, n − 1) · SD / √n, with SD the spread of the respondents’ own dimension means. That half-width belongs to the mean of the respondents’ means; used for the score it is an approximation, exact when everybody answers every item.',
		realChange: 'Real change between cycles',
		realChangeText:
			'For each dimension, the change is divided by its standard error (the two cycles’ half-widths combined, √(h₁² + h₂²), over 1.96) and read as a two-sided normal p-value. Holm’s step-down procedure over all the dimensions compared then keeps the chance of even one false “real change” at 5%; the other changes are marked as within noise. {family} The two cycles are treated as independent samples although the same staff may answer both; when their answers are positively correlated this makes the test conservative: it misses some real changes rather than inventing them.',
		reliability: 'Reliability (Cronbach’s alpha)',
		reliabilityText:
			'Internal consistency per dimension, α = k/(k − 1) · (1 − sum of the k item variances / variance of the totals), on respondents who answered every item of the dimension; reported from {min} such respondents.',
		completeN: 'Complete n',
		note: 'Note',
		benchmarksText:
			'Reference figures come from the {source}; they count organisations, while your figures count respondents. Peer benchmarks use only organisations the installation’s operator admitted to the benchmark panel and that share no member with yours, at least {min} per dimension ({minDecile} for the top decile), rounded to one decimal, so that no single organisation can be recognised.',
		colophon:
			'Questionnaire: {questionnaire}. Report generated {generated}. Figures are computed unrounded and rounded only for display.'
	},
	/** Why a figure is withheld (messages/reasons.ts: the scoring module's English shapes). */
	reasons: {
		responsesInCycle: 'fewer than {n} responses in the cycle',
		responses: 'fewer than {n} responses',
		groupComplementary:
			'withheld so that a group with fewer than {n} responses cannot be worked out from the totals',
		peers: 'fewer than {n} peer organisations',
		comments: 'fewer than {n} comments',
		alphaComplete: 'fewer than {n} respondents answered every item ({m})',
		fewRespondents: 'not enough respondents (fewer than {n})',
		yesNo: 'fewer than {n} respondents said yes, or said no',
		twoGroups:
			'fewer than two stakeholder groups with figures shown (each needs at least {n} people giving a level)',
		fewPeopleDimension:
			'fewer than {n} people gave an answer other than “don’t know” in this dimension',
		fewPeople: 'fewer than {n} people gave an answer other than “don’t know”',
		cellComplementary:
			'withheld so that fewer than {n} people’s answers cannot be worked out from the totals',
		noPeerBenchmark: 'no peer benchmark for this cycle'
	},
	/** The organisation's sector as the sign-up form lists it (domain/organisation/schema.ts). */
	sectors: {
		'Financial services': 'Financial services',
		'Retail and consumer goods': 'Retail and consumer goods',
		Manufacturing: 'Manufacturing',
		'Technology and telecoms': 'Technology and telecoms',
		Healthcare: 'Healthcare',
		'Public sector': 'Public sector',
		Education: 'Education',
		'Hospitality and travel': 'Hospitality and travel',
		'Professional services': 'Professional services',
		'Energy and utilities': 'Energy and utilities',
		'Non-profit': 'Non-profit',
		Other: 'Other'
	} as Record<string, string>,
	explain: {
		index:
			'Maturity index: the average of the dimension scores on the 1–5 scale; the level is the whole number the score has reached (2.50 is level 2).',
		score:
			'Score: the average of a dimension’s questions on the 1–5 scale (1 Initial … 5 Optimising); “don’t know” is left out.',
		interval:
			'95% interval: where the score would most likely lie had everyone invited answered; wide when few answered or answers differ.',
		betweenLevels:
			'Between levels: the interval reaches into another level, so the level is not settled.',
		realChange:
			'Real change: larger than the chance variation of two samples would produce (checked across all dimensions compared at once); “within noise” may be chance.',
		gap: 'Gap to target = target − score: a positive gap is still to go; zero or negative means the target is reached.',
		agreement:
			'Agreement (0–1): 1 when everyone gave the same answer, 0 when answers split between the extremes.',
		perceptionGap:
			'Perception gap: how far apart the highest- and lowest-scoring stakeholder groups are, in points of the 1–5 scale; “within noise” when smaller than the groups’ own uncertainty.',
		alpha:
			'Cronbach’s alpha checks whether a dimension’s questions hang together. They are a checklist of different practices (a formative scale), so a low value is expected: it is no verdict on the questionnaire.',
		dontKnow:
			'Don’t know: the share of people who answered “don’t know”; a high share is itself a finding about how information flows.',
		n: 'n: the number of people who gave a level in the dimension; every figure shown rests on at least the anonymity threshold of people.',
		responseRate:
			'Response rate: responses as a share of the people invited; groups below 60% may be under-represented.',
		peers:
			'Peer median and top quartile: the middle and the top-25% mark of comparable organisations’ scores, rounded to one decimal.',
		sd: 'SD (standard deviation): how widely answers spread around the mean; around 1 means people disagree by about a level.',
		integration:
			'Integration: the share of respondents rating a function as consulted or integrated in CRM work.'
	},
	levels: ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'],
	/** The levels under the bar chart's axis, where a fifth of its width is all a name has. */
	levelsAxis: ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'],
	levelSummaries: [
		'ad hoc',
		'repeatable in pockets',
		'documented, organisation-wide',
		'measured and steered',
		'improved continuously'
	],
	statuses: { draft: 'Draft', open: 'Open', closed: 'Closed', reviewed: 'Reviewed' },
	groups: {
		executives: 'Executives',
		marketing: 'Marketing',
		sales: 'Sales',
		service: 'Customer service',
		it: 'IT',
		finance: 'Finance',
		front_line: 'Front line',
		partners: 'Partners'
	} satisfies Record<StakeholderGroupKey, string> as Record<StakeholderGroupKey, string>,
	...enOffice
};

export type ReportMessages = typeof en;
