/**
 * Touchstone CRM Maturity, instrument version 2 (issue 13): short enough for a phone, routed by
 * stakeholder group, and written so that each question and each level says one thing.
 *
 * Sources, per dimension (files in /work/shared/seeds):
 * - vision: the building block "direction" (001); the mission as a code of conduct and truly
 *   bilateral relationships (004).
 * - strategy: the building block "plan of action" (001); strategy review — where, how and why we
 *   will succeed, competitive advantage, value proposition (004); the value of individual
 *   customers (000, practice 2).
 * - customer_experience: the building block (001); transaction excellence and the relationship
 *   hindrance (004); one experience across contact points, no conflicting offers (000, practice 7).
 * - collaboration: structures, incentives, skills, change management (001); HR assessing
 *   friendliness and helpfulness (000, practice 6).
 * - processes: reworking processes that touch the customer (001); process teams and process
 *   metrics, manual steps for technology gaps (002).
 * - information: flow of information, right information at the right time (001); front-line
 *   access to customer data (000, practice 6); the customer as a single account, proactive
 *   personalisation (002); a 360-degree view (003).
 * - technology: an enabler but one piece, integration across the enterprise and supply chain
 *   (001); business level, not technology level (002).
 * - metrics: measurable objectives, internal and external focus, link to financial benefits
 *   (001); avoiding false presumptions (004).
 * - management_team: general management support from start to finish (004); board leadership in
 *   difficult quarters (001); financial authorisation (000, the eight steps); ranking projects by
 *   impact against complexity (002); early wins (003).
 * - crm_department: the managing department (004); coordinate centrally, customise locally (000,
 *   practice 3); the inventory of CRM activities and a decision per activity (004).
 * - technology_infrastructure: the technology infrastructure area (004); privacy of customer data
 *   (002).
 * - contact_channels: the multichannel key and the contact-channel area (004); named staff, online
 *   and offline (000, practice 7); channel conflicts (002).
 * - relationship_processes: service and complaints (004); closing the loop (003).
 * - knowledge_management: integrated information management (004); customer knowledge held by
 *   front-line staff (000, practice 6).
 * - functional_integration: the functions of the study of 32 organisations (000) and of the
 *   roadmap discussion (003); unchanged from version 1.
 *
 * Left out: the organisation-level facts of version 1 — the `reference` section (front-line data,
 * hiring for CRM skills, best customers) and the `stakeholder_map` — move to a form the CRM lead
 * answers once per cycle, so no respondent is asked them. Also not asked of respondents in
 * version 2: the roadmap phases of 003 (discovery, current against future state) and the analysis
 * of competitors' practices (000, the eight steps), which suit a programme checklist for the lead.
 *
 * Levels: each item has five level descriptions, one observable condition each, on one ladder —
 * 1 nothing in place, 2 in pockets, 3 documented organisation-wide, 4 measured and steered, and 5 a
 * result the respondent can see (never "reviewed each cycle": running Touchstone earns no level).
 * Stems ask about one topic; where a version 1 stem asked about an outcome but its levels described
 * practice, the stem now asks about the practice.
 *
 * Keys. A version 1 key is KEPT when the stem asks the same single question and every level keeps
 * its version 1 meaning (a level may be cut down to one of its version 1 conditions, never given a
 * new one). Otherwise the item is CHANGED and gets a new key (usually `<v1 key>_v2`): a
 * double-barrelled stem narrowed or split, an outcome stem turned into a practice stem, or a level 5
 * that said "reviewed each cycle" replaced by an outcome. NEW items have new names. Each section
 * lists its version 1 keys as kept, changed or dropped, so trends and comparisons can say where a
 * dimension's items changed.
 *
 * Routing (routing.ts): customer_experience is the core that every group answers, partners
 * included, so it is written without "we" and "our". Collaboration is answered by every staff
 * group. The other sections are modules for the groups that can see them; partners answer only
 * the customer-facing sections. scripts/questionnaire-length.ts prints the length per group;
 * tests/unit/instrument-v2.test.ts holds every group to 40 questions and 12 minutes.
 */
import type {
	InstrumentDefinition,
	ItemDefinition,
	LevelAnchors,
	StakeholderGroupKey
} from './types';
import { touchstoneV2Spanish } from './touchstone-v2.es';
import { touchstoneV2German } from './touchstone-v2.de';

function maturity(key: string, text: string, anchors: LevelAnchors): ItemDefinition {
	return { key, kind: 'maturity', text, anchors };
}

function integration(key: string, text: string): ItemDefinition {
	return { key, kind: 'integration', text };
}

/** Every group inside the organisation; partners are outside it. */
const staff: readonly StakeholderGroupKey[] = [
	'executives',
	'marketing',
	'sales',
	'service',
	'it',
	'finance',
	'front_line'
];

export const touchstoneV2: InstrumentDefinition = {
	name: 'Touchstone CRM Maturity',
	version: 2,
	offersNotMyArea: true,
	translations: { es: touchstoneV2Spanish, de: touchstoneV2German },
	routing: {
		vision: ['executives', 'marketing'],
		strategy: ['executives', 'marketing', 'sales'],
		// customer_experience: not listed, so every group answers it (the core).
		collaboration: staff,
		processes: ['sales', 'service', 'front_line'],
		information: ['sales', 'service', 'it', 'front_line'],
		technology: ['marketing', 'it', 'front_line'],
		metrics: ['executives', 'marketing', 'finance'],
		management_team: ['executives', 'marketing', 'finance'],
		crm_department: ['executives', 'marketing'],
		technology_infrastructure: ['it', 'service'],
		contact_channels: ['sales', 'service', 'front_line', 'partners'],
		relationship_processes: ['sales', 'service', 'front_line'],
		knowledge_management: ['sales', 'service', 'front_line'],
		functional_integration: ['executives', 'finance', 'it']
	},
	sections: [
		// ───────────────────────────── Building blocks ─────────────────────────────

		// v1 → v2. Kept: vision.staff_know_promise. Changed: vision.clear_vision → clear_vision_v2,
		// vision.enterprise_wide → enterprise_wide_v2 (level 5 was "reviewed each cycle"),
		// vision.mutual_value → mutual_value_v2 (level 5 now the seed's test: both gain more than it
		// costs). Dropped: vision.all_stakeholders (the stakeholder map moves to the lead's form).
		{
			key: 'vision',
			kind: 'building_block',
			title: 'Vision',
			description:
				'Where our customer relationships are going, and how we want customers to see and experience us.',
			items: [
				maturity('vision.clear_vision_v2', 'How clearly is our CRM vision written down?', [
					'People describe the aim of CRM differently, often as ‘the system’.',
					'A vision exists in one team or slide deck only.',
					'A written vision names our customer promise and brand values.',
					'Leaders test major decisions against the written vision.',
					'Customers know what to expect from us, as the vision intends.'
				]),
				maturity(
					'vision.staff_know_promise',
					'How well do staff know what experience to give customers?',
					[
						'Asked, staff would describe very different experiences.',
						'Some teams have their own service promise.',
						'One description of the promise is part of every induction.',
						'Managers check that staff can describe the promise.',
						'Staff use the promise as a code of conduct in daily decisions.'
					]
				),
				maturity(
					'vision.enterprise_wide_v2',
					'How far is CRM treated as a change for the whole organisation?',
					[
						'CRM means a computer system or one department’s project.',
						'Several departments run separate CRM projects.',
						'One organisation-wide CRM programme covers every department.',
						'Departmental CRM projects are managed as one portfolio.',
						'Customers meet one organisation, whichever department they deal with.'
					]
				),
				maturity(
					'vision.mutual_value_v2',
					'How well does our vision balance what customers gain with what we gain?',
					[
						'CRM is discussed only as what we gain, e.g. more sales.',
						'Some teams think about what customers gain.',
						'The vision states what customers get, not only what we get.',
						'Benefits and costs of the relationship are measured for both sides.',
						'Customers and we each gain more from the relationship than it costs.'
					]
				)
			]
		},

		// v1 → v2. Kept: none. Changed: strategy.written_strategy → written_strategy_v2 (level 5
		// was "reconsidered each cycle"); strategy.customer_value → customer_value_v2 (stem narrowed
		// to knowing customer value; treating the best customers differently is a fact on the lead's
		// form). New: strategy.value_proposition. Dropped: strategy.phased_roadmap,
		// strategy.impact_complexity, strategy.early_wins (a strategy is not a roadmap, seed 001:
		// ranking projects and early wins are asked as management_team.project_priorities; the
		// roadmap's phases are not asked).
		{
			key: 'strategy',
			kind: 'building_block',
			title: 'Strategy',
			description:
				'How we plan to win, grow and keep valuable customers, and why they should choose us.',
			items: [
				maturity(
					'strategy.written_strategy_v2',
					'How clearly is our plan to win, grow and keep valuable customers set out?',
					[
						'Customer plans are made project by project, with no strategy.',
						'Some departments have their own customer plans.',
						'A written CRM strategy is linked to the business goals.',
						'Progress is reported against the strategy’s measurable goals.',
						'The share of valuable customers grows, as the strategy intended.'
					]
				),
				maturity(
					'strategy.customer_value_v2',
					'How do we work out which customers are most valuable?',
					[
						'Nobody can say which customers are most valuable.',
						'Some teams pick out key accounts, each by its own rules.',
						'One agreed method works out each customer’s value.',
						'Customers’ movement between value segments is tracked.',
						'Staff serving a customer can see that customer’s potential value.'
					]
				),
				maturity(
					'strategy.value_proposition',
					'How clearly can we say why customers should choose us over competitors?',
					[
						'Managers give different answers on why customers choose us.',
						'Some teams have their own selling points.',
						'A written value proposition states our competitive advantage.',
						'Every campaign is checked against the value proposition.',
						'Customers give the same reasons for choosing us as we do.'
					]
				)
			]
		},

		// v1 → v2. Kept: customer_experience.consistent_offers (stem narrowed to offers, which is
		// what all its v1 levels described). Changed: transaction_excellence → transaction_quality
		// (outcome stem with practice levels; now a practice stem), low_effort → customer_effort
		// (double stem: easy, and low effort and cost), customer_voice → feedback_use (double stem:
		// ask, and use). Dropped: customer_experience.personalisation (partners answer this section
		// and cannot see it; proactive personalisation is level 5 of information.insight_v2).
		{
			key: 'customer_experience',
			kind: 'building_block',
			title: 'Valued customer experience',
			description:
				'What it is like for customers to deal with the organisation, at every point of contact.',
			items: [
				maturity(
					'customer_experience.transaction_quality',
					'How is the quality of customers’ everyday transactions kept consistent?',
					[
						'Quality depends on whoever the customer happens to reach.',
						'Some teams set their own service standards.',
						'Written service standards apply in every team.',
						'Satisfaction with individual transactions is measured.',
						'Customers are satisfied with nearly every transaction, in every team.'
					]
				),
				maturity(
					'customer_experience.consistent_offers',
					'How consistent are the offers customers get in different channels?',
					[
						'Customers often get different offers online, by phone or in person.',
						'Some channels are aligned, but conflicting offers still appear.',
						'Each customer segment gets one agreed set of offers everywhere.',
						'Conflicting offers are logged as errors.',
						'Customers no longer receive conflicting offers.'
					]
				),
				maturity(
					'customer_experience.customer_effort',
					'How is the effort customers spend dealing with the organisation kept down?',
					[
						'Nobody looks at the effort that dealing with the organisation takes.',
						'Some teams simplify their own forms and steps.',
						'Customer effort in each key journey is mapped.',
						'Customer effort is measured against targets, e.g. waiting times.',
						'Customers say dealing with the organisation is easy.'
					]
				),
				maturity('customer_experience.feedback_use', 'How is customer feedback used?', [
					'Customer feedback is rarely collected or read.',
					'Feedback collected by some teams stays with those teams.',
					'Feedback from every channel, partners included, reaches the teams concerned.',
					'Changes made because of feedback are checked for their effect.',
					'Customers see their suggestions reflected in how they are served.'
				])
			]
		},

		// v1 → v2. Kept: collaboration.cross_department. Changed: collaboration.incentives →
		// incentives_v2 (level 5 was "reviewed each cycle"), collaboration.change_management →
		// change_management_v2 (level 5 now an outcome), collaboration.hiring_training → training
		// (double stem: hiring is a fact on the lead's form). Dropped: collaboration.customer_culture
		// (to keep a section every staff group answers short; vision.staff_know_promise is closest).
		{
			key: 'collaboration',
			kind: 'building_block',
			title: 'Organisational collaboration',
			description:
				'How people and teams work together around the customer: structure, incentives, skills and change.',
			items: [
				maturity(
					'collaboration.cross_department',
					'How well do departments work together on customer matters?',
					[
						'Customer issues bounce between departments.',
						'Some teams cooperate, through personal relationships.',
						'Cross-department teams are set up for key customer processes.',
						'These teams are tracked against shared goals.',
						'Working across departments is simply how things are done.'
					]
				),
				maturity(
					'collaboration.incentives_v2',
					'How far do incentives reward serving customers well?',
					[
						'Incentives reward only sales or cost figures.',
						'A few roles have customer-related goals.',
						'Every role’s objectives include a customer measure.',
						'Incentives that reward the wrong behaviour are changed.',
						'Staff see no conflict between their targets and serving customers.'
					]
				),
				maturity('collaboration.training', 'How are staff trained in customer skills?', [
					'Training covers systems only, if anything.',
					'Customer-skills training varies from team to team.',
					'All staff get customer-skills training suited to their role.',
					'HR assesses behaviours such as friendliness and helpfulness.',
					'Customers remark on how helpful staff are.'
				]),
				maturity(
					'collaboration.change_management_v2',
					'How are staff involved in changes to how they work with customers?',
					[
						'Staff find out about changes when they go live.',
						'Changes are explained in advance, without asking staff.',
						'Staff are consulted before every change, by a standard approach.',
						'Take-up of each change is measured afterwards.',
						'New ways of working take hold quickly.'
					]
				)
			]
		},

		// v1 → v2. Kept: processes.manual_workarounds. Changed: processes.customer_designed →
		// customer_designed_v2 (level 5 now an outcome), processes.end_to_end → end_to_end_v2
		// (outcome stem; now asks how hand-offs are managed). Dropped: processes.activity_review,
		// processes.activity_decisions (the CRM-activity review moves to crm_department, asked of
		// those who run the activities).
		{
			key: 'processes',
			kind: 'building_block',
			title: 'Processes',
			description: 'How the work that touches customers is designed and run across departments.',
			items: [
				maturity(
					'processes.customer_designed_v2',
					'How far are key processes designed around what customers need?',
					[
						'Processes suit internal convenience; customers’ needs were not considered.',
						'A few processes were reworked after complaints.',
						'Key processes are documented with the customer needs they serve.',
						'Each key process has a customer-focused measure.',
						'Customers say key processes work the way they need.'
					]
				),
				maturity(
					'processes.end_to_end_v2',
					'How are hand-offs between departments managed, e.g. from order to delivery?',
					[
						'Failed hand-offs often leave customers chasing for updates.',
						'Some hand-offs work, through personal contacts.',
						'End-to-end processes are documented across department lines.',
						'Process teams are measured on end-to-end results, not departmental targets.',
						'Customers rarely need to chase for an update.'
					]
				),
				maturity(
					'processes.manual_workarounds',
					'How are gaps in the systems covered so customers are not let down?',
					[
						'Each member of staff improvises their own workaround.',
						'Some teams have workarounds known only to experienced staff.',
						'Agreed manual steps cover known system gaps.',
						'The errors each workaround causes are measured.',
						'New system gaps are covered before customers notice.'
					]
				)
			]
		},

		// v1 → v2. Kept: none. Changed: information.single_view → single_view_v2 (level 5 was a
		// wider reach, now an outcome), information.frontline_access → frontline_access_v2 (level 5
		// now an outcome), information.data_quality → data_quality_v2 (outcome stem; now asks how
		// accuracy is looked after), information.insight → insight_v2 (double stem: analyse, and
		// act). Dropped: information.privacy (who may see customer data is asked as
		// technology_infrastructure.access_control).
		{
			key: 'information',
			kind: 'building_block',
			title: 'Information',
			description:
				'Whether the right customer information reaches the right people at the right time.',
			items: [
				maturity(
					'information.single_view_v2',
					'How joined up is each customer’s record across systems?',
					[
						'Customer details sit in separate systems that do not match.',
						'Staff check several systems to piece a customer together.',
						'Each customer has one agreed main record, linked across systems.',
						'The share of customers with one linked record is measured.',
						'Customers never have to repeat details they have already given.'
					]
				),
				maturity(
					'information.frontline_access_v2',
					'How well can people serving customers see the information they need?',
					[
						'Staff serving customers see little of a customer’s history.',
						'Some staff see parts of the history, depending on their team.',
						'Every customer-facing role’s tools show the agreed customer information.',
						'Whether staff use this information is monitored.',
						'Staff serve customers without asking other departments for information.'
					]
				),
				maturity(
					'information.data_quality_v2',
					'How is the accuracy of customer data looked after?',
					[
						'Errors are fixed only when customers complain.',
						'Some teams clean their data now and then.',
						'Written data-quality rules apply to all customer data.',
						'Data errors are measured against targets.',
						'Customers rarely find mistakes in the details held about them.'
					]
				),
				maturity('information.insight_v2', 'How does analysis of customer data reach daily work?', [
					'Customer data is stored but rarely analysed.',
					'Some teams analyse data, but findings stay with them.',
					'Analysis of customer needs is shared with the teams serving them.',
					'The effect of insight-led actions on results is measured.',
					'Staff get prompts that anticipate each customer’s next need.'
				])
			]
		},

		// v1 → v2. Kept: technology.integration. Changed: technology.strategy_led → strategy_led_v2
		// (level 5 was "updated each cycle"), technology.usability → ease_of_use (double stem: easy,
		// and used; use is level 4 of information.frontline_access_v2). Dropped:
		// technology.staged_delivery (delivery in stages is asked as
		// management_team.project_priorities).
		{
			key: 'technology',
			kind: 'building_block',
			title: 'Technology',
			description:
				'The systems behind our customer relationships: an essential enabler, but one piece of the puzzle.',
			items: [
				maturity('technology.strategy_led_v2', 'How are CRM technology choices justified?', [
					'Systems are bought for their features, after a supplier demonstration.',
					'Some system choices are linked to a business need.',
					'Every CRM technology choice is justified against the CRM strategy.',
					'Promised business benefits are checked after each system goes live.',
					'Every system in use serves a clear part of the strategy.'
				]),
				maturity(
					'technology.integration',
					'How well do customer systems pass information between them without re-keying?',
					[
						'Systems do not talk to each other; data is re-typed by hand.',
						'A few systems are linked by one-off connections that break.',
						'An agreed approach links the main customer systems.',
						'Integration problems are tracked.',
						'Customer data reaches partners’ and suppliers’ systems without re-keying.'
					]
				),
				maturity('technology.ease_of_use', 'How easy are the systems staff use with customers?', [
					'Staff find the systems so awkward they keep their own notes.',
					'Some roles find the systems easy; others struggle.',
					'Systems are set up for each role’s tasks.',
					'Ease of use is measured, e.g. in staff surveys.',
					'Staff say the systems make serving customers easier.'
				])
			]
		},

		// v1 → v2. Kept: metrics.tested_assumptions. Changed: metrics.objectives → objectives_v2
		// (level 5 was "reviewed each cycle"), metrics.inside_and_outside → customer_measures
		// (double stem: internal and customer results), metrics.financial_link and
		// knowledge_management.return_on_investment → metrics.return_on_investment (one item; return
		// is a link to financial benefits, seed 001, and is asked of those who see budgets).
		// Dropped: metrics.used_in_decisions (acting on figures is level 4 of objectives_v2).
		{
			key: 'metrics',
			kind: 'building_block',
			title: 'Metrics',
			description:
				'How CRM targets are set and progress is measured. The other building blocks depend on this one.',
			items: [
				maturity('metrics.objectives_v2', 'How measurable are our CRM objectives?', [
					'There are no CRM targets; success is a matter of opinion.',
					'Some teams set their own targets, e.g. campaign response.',
					'Measurable CRM objectives are written down for the whole organisation.',
					'Management acts when results fall behind target.',
					'Most CRM objectives are met on time.'
				]),
				maturity(
					'metrics.customer_measures',
					'How are customer results, such as satisfaction and loyalty, measured?',
					[
						'Only internal figures such as sales or cost are measured.',
						'A yearly customer survey sits apart from business figures.',
						'An agreed set of customer measures covers the whole programme.',
						'Customer and financial measures are analysed together.',
						'We know which customer measures predict long-term results.'
					]
				),
				maturity(
					'metrics.tested_assumptions',
					'How are assumptions such as ‘satisfied customers are loyal’ tested?',
					[
						'Satisfied customers are assumed loyal, and loyal ones profitable, unchecked.',
						'Some people question these assumptions, without effect on decisions.',
						'Satisfaction, loyalty and profitability are each measured separately.',
						'We analyse how satisfaction, loyalty and profit relate.',
						'Major decisions rest on links we have shown, not assumed.'
					]
				),
				maturity(
					'metrics.return_on_investment',
					'How well do we know what each CRM activity returns for its cost?',
					[
						'Nobody can say what CRM activities cost or return.',
						'Costs are known for some activities, but not their returns.',
						'One agreed method works out each activity’s return on investment.',
						'Return on investment decides which activities are funded or stopped.',
						'The board can see a clear return from the CRM programme.'
					]
				)
			]
		},

		// ───────────────────────────── Governance areas ─────────────────────────────

		// v1 → v2. Kept: management_team.sponsor (level 5 keeps "carries on through changes of
		// leadership" and loses "renewed every cycle"). Changed: management_team.decisions_budget →
		// budget (triple stem: decisions, authority, budget). New: management_team.project_priorities
		// (draws on strategy.impact_complexity, strategy.early_wins and technology.staged_delivery). Dropped: management_team.roles_skills (double stem),
		// management_team.functions_represented (asked as the functional-integration section),
		// management_team.improvement_review (the four review steps are the cycle review itself).
		{
			key: 'management_team',
			kind: 'governance',
			title: 'Management team',
			description: 'The people who lead the CRM programme, and how they fund and steer it.',
			items: [
				maturity('management_team.sponsor', 'How does a senior sponsor back the CRM programme?', [
					'No senior sponsor; the programme rests on individuals’ goodwill.',
					'A senior leader backs it when other priorities allow.',
					'A named member of the management team is formally responsible.',
					'The sponsor removes blockers, even in difficult quarters.',
					'Sponsorship carries on through changes of leadership.'
				]),
				maturity('management_team.budget', 'How does the CRM programme get its funding?', [
					'CRM proposals wait a long time for funding.',
					'Funding depends on who argues hardest each year.',
					'An agreed approval route sets the programme’s budget.',
					'Funding follows the measured results of CRM work.',
					'Worthwhile CRM proposals are funded without long delays.'
				]),
				maturity('management_team.project_priorities', 'How are CRM projects prioritised?', [
					'Projects go to whoever asks loudest or to a supplier’s offer.',
					'Some projects are justified by business benefit.',
					'Every project is scored on business impact and technical complexity.',
					'High-impact projects of low to medium complexity go first.',
					'Each phase delivers an early win customers notice.'
				])
			]
		},

		// v1 → v2. Kept: crm_department.central_local (level 5 loses "adjusted each cycle").
		// Changed: crm_department.clear_remit → clear_remit_v2 (level 5 was "reviewed each cycle").
		// New: crm_department.activity_inventory, crm_department.activity_decisions (from
		// processes.activity_review and processes.activity_decisions; the link to mission and
		// strategy is now part of the inventory, level 3, as seed 004 has it). Dropped:
		// crm_department.resources (triple stem; budget is management_team.budget),
		// crm_department.quality_control (overlaps the activity review),
		// crm_department.partners (partners' part is contact_channels.partner_channels).
		{
			key: 'crm_department',
			kind: 'governance',
			title: 'Organisation of the CRM department',
			description:
				'How the team that runs CRM day to day is set up, and how it manages CRM activities.',
			items: [
				maturity(
					'crm_department.clear_remit_v2',
					'How clear is the remit of the team that runs CRM day to day?',
					[
						'No team is responsible; CRM tasks fall through the gaps.',
						'A team handles CRM, but others duplicate its work.',
						'The team has a written remit known to other departments.',
						'The team’s results are measured against its remit.',
						'Other departments rarely duplicate the team’s work.'
					]
				),
				maturity(
					'crm_department.central_local',
					'How is CRM balanced between central coordination and local adaptation?',
					[
						'Either everything is set centrally, or every unit goes its own way.',
						'Central guidance exists, but local teams cannot adapt it.',
						'Central rules say where local units may tailor CRM.',
						'Results of local adaptations are compared across units.',
						'Good local ideas are adopted across the organisation.'
					]
				),
				maturity(
					'crm_department.activity_inventory',
					'How complete is our list of CRM activities, e.g. loyalty schemes or events?',
					[
						'Nobody has a full list of our CRM activities.',
						'Some owners keep notes on their own activities.',
						'One list records each activity’s target, costs, benefits and strategic purpose.',
						'Customers’ response to each activity is measured.',
						'Most target customers know the activities meant for them.'
					]
				),
				maturity(
					'crm_department.activity_decisions',
					'How are decisions made about each CRM activity?',
					[
						'Activities carry on indefinitely, whether or not they work.',
						'Activities are changed or stopped mostly when budgets are cut.',
						'Each activity gets a recorded decision: keep, change, promote or stop.',
						'The effect of each decision on take-up is tracked.',
						'Every running activity serves a clear strategic goal.'
					]
				)
			]
		},

		// v1 → v2. Kept: none. Changed: technology_infrastructure.reliability → reliability_v2
		// (outcome stem; now asks how availability is managed), technology_infrastructure.security →
		// access_control (double stem: protected, and only those who need it),
		// technology_infrastructure.change_control → change_control_v2 (double stem: planned with
		// users, and tested). Dropped: technology_infrastructure.ownership (double stem),
		// technology_infrastructure.suppliers (choosing technology on business need is
		// technology.strategy_led_v2).
		{
			key: 'technology_infrastructure',
			kind: 'governance',
			title: 'Technology infrastructure',
			description:
				'How CRM systems, websites and other software are run, supported and kept secure.',
			items: [
				maturity(
					'technology_infrastructure.reliability_v2',
					'How is the availability of CRM systems managed?',
					[
						'Outages are fixed only after users complain.',
						'Some systems are monitored; others fail unnoticed.',
						'Written service levels cover every CRM system.',
						'Availability is measured against the service levels.',
						'Slow or unavailable systems are rare.'
					]
				),
				maturity(
					'technology_infrastructure.access_control',
					'How is access to customer data in the systems controlled?',
					[
						'Anyone with a login can see all customer data.',
						'Some systems have access controls; others have none.',
						'Role-based access rules apply to every CRM system.',
						'Access rights are checked against roles on a schedule.',
						'Staff can see the customer data their role needs, and no more.'
					]
				),
				maturity(
					'technology_infrastructure.change_control_v2',
					'How are changes to CRM systems tested before going live?',
					[
						'Changes go live untested; users find the problems.',
						'Some projects test their changes; others do not.',
						'One standard change process covers testing for every CRM system.',
						'Problems found after go-live are counted for each release.',
						'Releases rarely disrupt staff or customers.'
					]
				)
			]
		},

		// v1 → v2. Kept: none. Changed: contact_channels.integrated → integrated_v2,
		// contact_channels.customer_choice → customer_choice_v2, contact_channels.named_contact →
		// named_contact_v2 (each level 5 was "improved / reviewed each cycle", now an outcome).
		// New: contact_channels.partner_channels (channel conflicts, seed 002; partners answer this
		// section). Dropped: contact_channels.joint_planning (contact-centre planning is not
		// visible to partners and front-line staff, who answer this section).
		{
			key: 'contact_channels',
			kind: 'governance',
			title: 'Contact channels',
			description:
				'How customers and the organisation reach each other: in person, by phone, online or through partners.',
			items: [
				maturity(
					'contact_channels.integrated_v2',
					'How well does a conversation carry on when a customer switches channel?',
					[
						'Customers start again each time they switch channel.',
						'Some channels share information, e.g. phone and email.',
						'All channels use the same customer record.',
						'Failed hand-overs between channels are counted.',
						'Customers pick up where they left off, in any channel.'
					]
				),
				maturity(
					'contact_channels.customer_choice_v2',
					'How well do the channels offered match how customers prefer to make contact?',
					[
						'The channels suit the organisation, not its customers.',
						'Some channels were added because customers asked.',
						'A written channel plan follows each segment’s preferences.',
						'Satisfaction is measured for each channel.',
						'Customers rarely ask for a channel that is not offered.'
					]
				),
				maturity(
					'contact_channels.named_contact_v2',
					'How are named contacts arranged for customers who need one?',
					[
						'Customers speak to whoever is free.',
						'Some key customers have a named contact, by individual effort.',
						'Written rules say which customers get a named contact.',
						'The effect of named contacts on satisfaction is measured.',
						'Customers with a named contact rarely have to explain themselves.'
					]
				),
				maturity(
					'contact_channels.partner_channels',
					'How are partners who serve customers kept in step with other channels?',
					[
						'Partners make their own offers to customers.',
						'Some partners hear of current offers, informally.',
						'Written agreements set what partners may offer customers.',
						'Conflicts between partner and direct channels are logged.',
						'Customers get the same treatment through partners as directly.'
					]
				)
			]
		},

		// v1 → v2. Kept: relationship_processes.closing_loop. Changed:
		// relationship_processes.complaints → complaints_v2 (triple stem: recorded, resolved
		// quickly, used to improve), relationship_processes.putting_right → putting_right_v2 (level
		// 5 was "reviewed each cycle"), relationship_processes.welcome_retention → retention (double
		// stem; welcoming new customers is not asked). Dropped: relationship_processes.service_standards
		// (asked as customer_experience.transaction_quality).
		{
			key: 'relationship_processes',
			kind: 'governance',
			title: 'Customer-relationship processes',
			description:
				'The everyday processes that shape a customer’s relationship with us: service, complaints and follow-up.',
			items: [
				maturity('relationship_processes.complaints_v2', 'How are customer complaints handled?', [
					'Whoever receives a complaint handles it, often unrecorded.',
					'Some teams log complaints, each in their own way.',
					'One complaints process, with response times, applies everywhere.',
					'Complaint causes are reported to management.',
					'The same complaint rarely comes up twice.'
				]),
				maturity(
					'relationship_processes.putting_right_v2',
					'How free are staff to put things right for customers?',
					[
						'Staff must pass even small problems upwards.',
						'Some experienced staff fix problems on the spot.',
						'Written limits let staff put things right straight away.',
						'The cost of putting things right is tracked against the limits.',
						'Most problems are put right in the first contact.'
					]
				),
				maturity(
					'relationship_processes.closing_loop',
					'How do customers hear back after raising an issue?',
					[
						'Customers rarely hear back unless they chase.',
						'Some staff follow up, depending on the person.',
						'Follow-up timescales are built into service processes.',
						'Cases closed without contacting the customer are tracked.',
						'Customers hear what changed because of what they raised.'
					]
				),
				maturity(
					'relationship_processes.retention',
					'How are customers who may be about to leave looked after?',
					[
						'Customers leaving are noticed only after they have gone.',
						'Some teams try to win back leavers, each their own way.',
						'A written retention process starts from agreed warning signs.',
						'Customer losses are measured by cause.',
						'Customers at risk are contacted before they decide to leave.'
					]
				)
			]
		},

		// v1 → v2. Kept: none. Changed: knowledge_management.customer_knowledge →
		// customer_knowledge_v2 (double stem: recorded, and shared), knowledge_management.trusted_figures
		// → trusted_figures_v2 (double stem: the same, and trusted), knowledge_management.lessons_learned
		// → lessons_learned_v2 (double stem: recorded, and shared). Dropped:
		// knowledge_management.return_on_investment (asked as metrics.return_on_investment, which
		// finance answers; front-line groups who answer this section cannot see returns),
		// knowledge_management.competitors (double stem: track, and learn; front-line groups who
		// answer this section cannot see competitor analysis).
		{
			key: 'knowledge_management',
			kind: 'governance',
			title: 'Knowledge management',
			description:
				'How what we know about customers and our own CRM work is brought together and shared.',
			items: [
				maturity(
					'knowledge_management.customer_knowledge_v2',
					'How is what staff learn from customers recorded?',
					[
						'Customer knowledge stays in people’s heads and leaves with them.',
						'Some staff keep notes, in different places and formats.',
						'Staff record key customer facts in agreed fields of the shared system.',
						'Managers check that recorded customer knowledge is complete.',
						'Colleagues can pick up any customer without a briefing.'
					]
				),
				maturity(
					'knowledge_management.trusted_figures_v2',
					'How consistent are the customer figures different teams work from?',
					[
						'Teams report different numbers for the same thing.',
						'Some figures are shared; many reports are built separately.',
						'Key figures come from one agreed source with written definitions.',
						'Differences between reports are traced to their source.',
						'Meetings discuss what figures mean, not whose figure is right.'
					]
				),
				maturity(
					'knowledge_management.lessons_learned_v2',
					'How are lessons from CRM projects shared?',
					[
						'Lessons are lost when people move on.',
						'Some teams hold reviews, but rarely share findings.',
						'Lessons from every project are recorded where all staff can reach them.',
						'Each recorded lesson is turned into a change with an owner.',
						'The same mistakes are not repeated in later projects.'
					]
				)
			]
		},

		// ───────────────────────────── Other sections ─────────────────────────────

		// v1 → v2. Kept: all nine functional_integration keys, same functions and scale.
		{
			key: 'functional_integration',
			kind: 'integration',
			title: 'Functional integration',
			description:
				'How much does each function take part in CRM work: not involved, kept informed, consulted, or fully part of it?',
			items: [
				integration('functional_integration.finance', 'Finance'),
				integration('functional_integration.sales', 'Sales'),
				integration('functional_integration.marketing', 'Marketing'),
				integration('functional_integration.customer_service', 'Customer service'),
				integration('functional_integration.it', 'Technology / IT'),
				integration('functional_integration.rnd', 'R&D / product development'),
				integration('functional_integration.operations', 'Manufacturing & operations'),
				integration('functional_integration.purchasing', 'Purchasing'),
				integration('functional_integration.hr', 'Human resources')
			]
		}
	]
};
