/**
 * Touchstone CRM Maturity, instrument version 1.
 *
 * Sources (see /work/shared/seeds and docs on the domain):
 * - the eight CRM building blocks (001);
 * - the six governance areas, eight keys to success, CRM-activity review and the
 *   four-step continuous-improvement review (004);
 * - the four roadmap phases and early wins (003);
 * - ranking projects by business impact against technical complexity, and manual
 *   work-arounds for technology gaps (002);
 * - the study of 32 organisations: eight implementation steps, stakeholder map,
 *   functional integration, hiring, best customers, front-line access to data (000).
 *
 * Each maturity item has five behavioural anchors, one per level:
 * 1 Initial (ad hoc), 2 Developing (repeatable in pockets), 3 Defined (documented,
 * organisation-wide), 4 Managed (measured and steered), 5 Optimising (improved continuously).
 *
 * Keys are stable: change wording freely, but never reuse or rename a key within a
 * compatible version, or cycles can no longer be compared.
 */
import type { InstrumentDefinition, ItemDefinition, LevelAnchors } from './types';

function maturity(key: string, text: string, anchors: LevelAnchors): ItemDefinition {
	return { key, kind: 'maturity', text, anchors };
}

function integration(key: string, text: string): ItemDefinition {
	return { key, kind: 'integration', text };
}

function yesNo(key: string, text: string): ItemDefinition {
	return { key, kind: 'yes_no', text };
}

function stakeholder(key: string, text: string): ItemDefinition {
	return { key, kind: 'stakeholder_map', text };
}

export const touchstoneV1: InstrumentDefinition = {
	name: 'Touchstone CRM Maturity',
	version: 1,
	sections: [
		// ───────────────────────────── Building blocks ─────────────────────────────
		{
			key: 'vision',
			kind: 'building_block',
			title: 'Vision',
			description:
				'Where we want our customer relationships to go, and how we want customers to see and experience us.',
			items: [
				maturity(
					'vision.clear_vision',
					'We have a clear CRM vision that describes how we want customers to see and experience us.',
					[
						'There is no shared vision; people describe the aim of CRM differently, often as ‘the system’.',
						'A vision exists in one team or a slide deck, but few people outside that team could describe it.',
						'A written vision, tied to our customer promise and brand values, is shared across the organisation.',
						'Leaders check projects and decisions against the vision, and staff understanding of it is surveyed.',
						'The vision is reviewed every cycle with customer and staff input, and updated when things change.'
					]
				),
				maturity(
					'vision.all_stakeholders',
					'Our CRM vision covers all stakeholder relationships, not only customers.',
					[
						'CRM is seen as being about customers only; other relationships are not considered.',
						'Some teams also think about staff or suppliers, but this is not part of a shared view.',
						'The vision names the relationships it covers, e.g. customers, staff, management and suppliers.',
						'Each named relationship has an owner, and we check how well the CRM work supports it.',
						'The list is reviewed each cycle, and relationships such as regulators are added when they matter.'
					]
				),
				maturity(
					'vision.enterprise_wide',
					'CRM is treated as a change for the whole organisation, not as one department’s or IT’s project.',
					[
						'CRM means a computer system or one department’s project; other teams see no part for themselves.',
						'Several departments run their own CRM projects, but they are separate and sometimes compete.',
						'CRM is defined as one organisation-wide programme, with a single vision covering every department.',
						'Departmental projects are managed as one portfolio and checked against the shared vision.',
						'The organisation-wide approach is reviewed each cycle and extended to partners and suppliers.'
					]
				),
				maturity(
					'vision.staff_know_promise',
					'Staff know what experience they are expected to give customers.',
					[
						'Asked what experience we aim to give customers, staff would give very different answers.',
						'Some teams have their own service promise, but it is not shared or consistent.',
						'One description of the intended experience is part of induction and available to all staff.',
						'We check that staff can describe it and that daily work reflects it, and we act on the gaps.',
						'Staff help refine the promise, and it guides everyday decisions like a code of conduct.'
					]
				),
				maturity(
					'vision.mutual_value',
					'Our vision balances what customers gain from the relationship with what we gain.',
					[
						'CRM is discussed only as what we gain, such as more sales, with little thought for customers.',
						'Some teams think about what customers gain, but there is no shared view of mutual benefit.',
						'The vision states what customers get from the relationship as well as what we get.',
						'Benefits and costs for both sides are measured, and we adjust when the balance tips one way.',
						'Customer feedback on value regularly shapes the vision, and both sides gain more over time.'
					]
				)
			]
		},
		{
			key: 'strategy',
			kind: 'building_block',
			title: 'Strategy',
			description:
				'How we plan to win, grow and keep valuable customers, and in what order we do things.',
			items: [
				maturity(
					'strategy.written_strategy',
					'We have a CRM strategy that sets out how we will target, win, grow and keep valuable customers.',
					[
						'There is no CRM strategy; what we do with customers is decided project by project.',
						'Some departments have their own customer plans, but they are not joined up.',
						'A written CRM strategy, linked to business goals, covers how we target, win, grow and keep customers.',
						'The strategy has measurable goals, and management reviews progress against them.',
						'The strategy is reconsidered each cycle in the light of results, competitors and customer change.'
					]
				),
				maturity(
					'strategy.customer_value',
					'We know which customers are most valuable and put our effort where it matters most.',
					[
						'All customers are treated the same; we do not know which ones are most valuable.',
						'Some teams pick out key customers, such as large accounts, each using their own rules.',
						'Customer value is worked out the same way everywhere, and customer segments are documented.',
						'Service levels and resources follow the segments, and customers moving between them are tracked.',
						'Current and potential value models are tested and improved, and changes in value are acted on.'
					]
				),
				maturity(
					'strategy.phased_roadmap',
					'We have a phased roadmap that starts from an honest look at where we are today.',
					[
						'There is no roadmap; CRM work starts when someone finds a budget or a new tool.',
						'Some projects have plans, but there is no overall picture of where we are and where we are going.',
						'A roadmap compares today’s capabilities with an agreed future state and plans phases to close the gaps.',
						'The roadmap is tracked phase by phase, with owners, dates and decisions on what goes ahead.',
						'The roadmap is refreshed every cycle as gaps close, needs change or competitors move.'
					]
				),
				maturity(
					'strategy.impact_complexity',
					'CRM projects are ranked by their business impact against their technical complexity.',
					[
						'Projects are chosen by whoever asks loudest or by what a supplier is offering.',
						'Some projects are justified by business benefit, but there is no common way to compare them.',
						'Every proposed project is scored on business impact and technical complexity using one method.',
						'High-impact, lower-complexity projects go first; each is tied to the strategy and its results tracked.',
						'Scores are compared with actual results, and the ranking method is improved over time.'
					]
				),
				maturity(
					'strategy.early_wins',
					'We deliver early wins while building towards the long-term goal.',
					[
						'We try to do everything at once, or nothing visible is delivered for a long time.',
						'Some quick improvements happen, but they are not linked to the long-term plan.',
						'Each phase includes planned early wins that improve the customer experience and fit the long-term plan.',
						'Early wins are measured and reported, and used to secure support for the next phase.',
						'We keep delivering in small steps, and each win is reviewed to choose the next one.'
					]
				)
			]
		},
		{
			key: 'customer_experience',
			kind: 'building_block',
			title: 'Valued customer experience',
			description:
				'What it is like for customers to deal with us, at every point of contact. Good experiences build trust and loyalty; poor ones travel fast.',
			items: [
				maturity(
					'customer_experience.transaction_excellence',
					'Customers are reasonably satisfied every time they deal with us, not just some of the time.',
					[
						'Service quality depends on who the customer happens to reach, and problems are common.',
						'Some teams give reliably good service, but others fall short and nobody checks.',
						'Service standards for everyday transactions are written down and apply everywhere.',
						'Satisfaction with individual transactions is measured, and poor results are followed up.',
						'Causes of poor transactions are found and fixed, and standards are raised over time.'
					]
				),
				maturity(
					'customer_experience.consistent_offers',
					'Customers get the same messages and offers, whichever way they contact us.',
					[
						'Customers often get different prices, offers or answers online, by post, by phone or in person.',
						'Some channels are aligned, but conflicts still appear, e.g. between online and in-store offers.',
						'Each customer segment gets one agreed set of offers and messages across all channels.',
						'Conflicting offers are logged as errors and fixed, and consistency across channels is measured.',
						'Channels share one up-to-date view of the customer, so conflicts are prevented before they happen.'
					]
				),
				maturity(
					'customer_experience.customer_voice',
					'We ask customers what matters to them and use what they tell us.',
					[
						'We rarely ask customers for feedback, or answers are collected and never read.',
						'Some teams run surveys or collect comments, but the results stay within those teams.',
						'Customer feedback is collected in a planned way and shared across the organisation.',
						'Feedback leads to specific improvements with owners, and we check whether they worked.',
						'Customers help design changes, and we tell them what we changed because of their feedback.'
					]
				),
				maturity(
					'customer_experience.low_effort',
					'We make it easy for customers to have a relationship with us, and keep their effort and costs low.',
					[
						'Customers face forms, waiting and repeated questions; nobody looks at the effort this takes.',
						'Some teams simplify things for customers, but effort is not looked at as a whole.',
						'Customer effort in key journeys is mapped, and known pain points are written down.',
						'Customer effort is measured, e.g. steps and waiting times, and targets are set to reduce it.',
						'Journeys are redesigned regularly to cut effort, using customer feedback and data.'
					]
				),
				maturity(
					'customer_experience.personalisation',
					'Offers and contact are tailored to each customer in ways they find useful, not intrusive.',
					[
						'Everyone gets the same messages, or tailoring is guesswork that sometimes misfires.',
						'Some campaigns use basic customer data, with no shared rules on what is appropriate.',
						'Agreed rules set how we tailor offers, which data we may use and how privacy is respected.',
						'Tailored offers are tested and measured, and those customers find unhelpful are stopped.',
						'Tailoring anticipates customer needs and improves as we learn, and customers trust how we use data.'
					]
				)
			]
		},
		{
			key: 'collaboration',
			kind: 'building_block',
			title: 'Organisational collaboration',
			description:
				'How well people and teams work together around the customer, including skills, incentives and culture.',
			items: [
				maturity(
					'collaboration.cross_department',
					'Departments work together on customer matters rather than each going its own way.',
					[
						'Departments work in silos, and customer issues bounce between teams.',
						'Some teams cooperate on particular projects, depending on personal relationships.',
						'Cross-department teams are set up for key customer processes, with agreed roles.',
						'Shared goals for these teams are tracked, and conflicts are resolved at management level.',
						'Working across departments is the normal way of working, and structures adapt as needs change.'
					]
				),
				maturity(
					'collaboration.incentives',
					'Pay, targets and appraisals reward serving customers well, not just individual figures.',
					[
						'Pay and appraisals reward only sales or cost figures, whatever the effect on customers.',
						'A few roles have customer-related goals, but most incentives ignore the customer.',
						'Customer measures are part of objectives and appraisals across the organisation.',
						'The link between incentives and customer results is checked and adjusted when it misfires.',
						'Incentives are reviewed each cycle so they encourage the right behaviour without side effects.'
					]
				),
				maturity(
					'collaboration.hiring_training',
					'We hire and train people for the skills that good customer relationships need.',
					[
						'Customer skills are not considered when hiring, and training covers only systems, if anything.',
						'Some managers look for customer skills when hiring, and training varies from team to team.',
						'Job profiles list customer skills applicants must show, and all staff get CRM training.',
						'HR assesses behaviours such as friendliness and helpfulness, and skill gaps are tracked and closed.',
						'Hiring and training are improved using evidence of which skills make the most difference.'
					]
				),
				maturity(
					'collaboration.change_management',
					'Changes to how staff work with customers are planned together with the people affected.',
					[
						'Changes arrive without warning; staff find out when the new system or rule goes live.',
						'Some changes are explained in advance, but staff are rarely asked for their views.',
						'A standard approach is used: staff are consulted, trained and supported through each change.',
						'Take-up and staff feedback are measured after each change, and problems are followed up.',
						'Staff are partners in designing changes, and lessons from each change improve the next.'
					]
				),
				maturity(
					'collaboration.customer_culture',
					'Everyone, not only front-line staff, sees serving customers as part of their job.',
					[
						'Customer focus is seen as the job of sales or service; other staff see no link to their work.',
						'Some back-office teams think about the customer, but it depends on their manager.',
						'Every role description explains how the role affects customers, and this is covered in induction.',
						'Customer focus is part of staff surveys and management reviews, and weak spots are addressed.',
						'Culture and values are reviewed each cycle, and customer focus keeps getting stronger.'
					]
				)
			]
		},
		{
			key: 'processes',
			kind: 'building_block',
			title: 'Processes',
			description:
				'How the work that touches customers is designed and run, including how we review our CRM activities such as loyalty schemes, newsletters or events.',
			items: [
				maturity(
					'processes.customer_designed',
					'Our key processes are designed around what customers need, not only around our own efficiency.',
					[
						'Processes were designed for internal convenience or cost; the effect on customers was not considered.',
						'A few processes have been reworked with customers in mind, usually after complaints.',
						'Key customer-facing processes are mapped and documented, with customer needs written in.',
						'Each key process has an owner and customer-focused measures that are reviewed regularly.',
						'Processes are redesigned regularly with customer input, to support what we promise customers.'
					]
				),
				maturity(
					'processes.end_to_end',
					'Processes run smoothly from start to finish across departments, for example from order to delivery.',
					[
						'Hand-offs between departments often fail, and customers have to chase us for updates.',
						'Some hand-offs work well through personal contacts, but there is no shared process.',
						'End-to-end processes such as order-to-delivery are documented across department lines.',
						'Process teams are measured on end-to-end results, not on departmental targets.',
						'Process teams keep improving hand-offs, and the process comes before departmental goals.'
					]
				),
				maturity(
					'processes.activity_review',
					'We regularly take stock of every CRM activity: what it offers, who it is for, and its costs and benefits.',
					[
						'Nobody has a complete list of our CRM activities, such as loyalty schemes, newsletters or events.',
						'Some activity owners review their own activity, but there is no full list or common method.',
						'One list records each activity’s content, target customers, access conditions, costs and benefits.',
						'Customers’ awareness, use and opinion of each activity are measured alongside its costs and benefits.',
						'The review runs every cycle and each activity is checked against the mission and strategy.'
					]
				),
				maturity(
					'processes.activity_decisions',
					'We act on that review: CRM activities are promoted, changed, combined or stopped.',
					[
						'Once started, CRM activities carry on indefinitely, whether or not they work.',
						'Activities are sometimes changed or stopped, usually when budgets are cut.',
						'Each review ends with a recorded decision for every activity: keep, change, promote, combine or stop.',
						'The effect of these decisions on take-up and results is tracked through the next cycle.',
						'Activities that do not serve the strategy are phased out, and new ones are trialled in small steps.'
					]
				),
				maturity(
					'processes.manual_workarounds',
					'Where our systems fall short, agreed manual steps make sure customers are not let down.',
					[
						'When a system cannot do something, staff improvise and customers get different outcomes.',
						'Some teams have their own workarounds, known only to experienced staff.',
						'Agreed manual steps cover known system gaps and are documented for all staff.',
						'Workarounds are tracked, their cost and errors measured, and the worst ones fixed first.',
						'Workarounds are retired as systems improve, and new gaps are caught before customers notice.'
					]
				)
			]
		},
		{
			key: 'information',
			kind: 'building_block',
			title: 'Information',
			description:
				'Whether the right customer information reaches the right people at the right time, and whether it can be trusted.',
			items: [
				maturity(
					'information.single_view',
					'We have one joined-up view of each customer, rather than separate records in different systems.',
					[
						'Customer details sit in many separate systems and spreadsheets that do not match.',
						'Some systems are linked, but staff still check several places to get the full picture.',
						'Customer records are linked across systems, with one agreed main record per customer.',
						'Duplicates and gaps in the joined-up view are measured and reported to management.',
						'The joined-up view is extended as new contact points appear, such as new channels or shops.'
					]
				),
				maturity(
					'information.frontline_access',
					'People who serve customers can see the customer information they need, whichever department holds it.',
					[
						'Staff serving customers see little history; each department keeps its own customer information.',
						'Some staff can see parts of the history, depending on their team or system, or by asking around.',
						'Rules set what customer information front-line staff see, and their tools show it to all of them.',
						'We check that staff use this information and whether it improves how customers are served.',
						'Staff suggest what would help them, and the information they see is improved regularly.'
					]
				),
				maturity(
					'information.data_quality',
					'Customer data is accurate, complete and kept up to date.',
					[
						'Errors such as wrong addresses or duplicates are common and fixed only when customers complain.',
						'Some teams clean their own data now and then, as one-off exercises.',
						'Data-quality rules and responsibilities are written down and apply to all customer data.',
						'Data quality is measured regularly, e.g. duplicates and missing details, with targets and owners.',
						'Causes of poor data are fixed at the source, and quality keeps improving.'
					]
				),
				maturity(
					'information.insight',
					'We analyse customer information to understand needs, and act on what we learn.',
					[
						'Customer data is stored but rarely analysed; decisions rely on gut feeling.',
						'Some analysis is done, e.g. by marketing, but findings rarely reach the people who act.',
						'Regular analysis of customer needs, value and behaviour is shared with the teams that serve them.',
						'Insights feed daily work, such as which offer to make next, and their effect on results is measured.',
						'Analysis and day-to-day systems are closely linked, so every contact adds to what we know.'
					]
				),
				maturity(
					'information.privacy',
					'Customer data is collected and used lawfully and in ways customers would expect.',
					[
						'Nobody is clearly responsible for how customer data is collected or used.',
						'Privacy rules are known in some teams, but practice varies.',
						'Written privacy and consent rules apply to all customer data, and staff are trained on them.',
						'Compliance is checked regularly, and consent and data requests are tracked and handled on time.',
						'Privacy practice is reviewed as laws and customer expectations change, and improved.'
					]
				)
			]
		},
		{
			key: 'technology',
			kind: 'building_block',
			title: 'Technology',
			description:
				'The systems that support our customer relationships and how well they fit together. Technology is an essential enabler, but only one piece of the puzzle.',
			items: [
				maturity(
					'technology.strategy_led',
					'Technology is chosen to support our CRM strategy, not the other way round.',
					[
						'Systems are bought for their features, often after a supplier demonstration, with no clear business need.',
						'Some system choices are linked to business needs, but many are driven by IT or suppliers.',
						'Every CRM technology choice is justified against the CRM strategy and business goals.',
						'We check whether each system delivers the promised business benefits, and act if it does not.',
						'The technology plan is updated with the strategy each cycle, and systems that no longer fit are retired.'
					]
				),
				maturity(
					'technology.integration',
					'Our customer systems are connected so that information moves between them without re-keying.',
					[
						'Systems do not talk to each other; data is re-typed or copied by hand.',
						'A few systems are linked by one-off connections that break when things change.',
						'An agreed approach links the main customer systems, and the links are documented in one place.',
						'Integration problems and costs are tracked, and integration is planned into every project.',
						'Integration extends to partners and suppliers and is improved as the business changes.'
					]
				),
				maturity(
					'technology.usability',
					'The systems staff use with customers are easy to use and are actually used.',
					[
						'Staff avoid the systems and keep notes in their own spreadsheets or notebooks.',
						'Some teams use the systems well; others use them only when they must.',
						'Systems are set up for each role, staff are trained, and use is expected everywhere.',
						'Use and ease of use are measured, and problems staff report are fixed in planned updates.',
						'Staff feedback regularly shapes improvements, and the systems make their work easier.'
					]
				),
				maturity(
					'technology.staged_delivery',
					'Technology is delivered in stages, each of which is useful on its own, rather than in one ‘big bang’.',
					[
						'Technology projects try to deliver everything at once and are often late or never finished.',
						'Some projects are delivered in stages, but others still try to do everything at once.',
						'All CRM technology projects are planned in stages, each delivering something people can use.',
						'Each stage is reviewed for results before the next one is approved.',
						'The staged approach is refined using lessons from earlier stages.'
					]
				)
			]
		},
		{
			key: 'metrics',
			kind: 'building_block',
			title: 'Metrics',
			description:
				'How we set CRM targets and measure progress. The other seven building blocks depend on this one.',
			items: [
				maturity('metrics.objectives', 'We have measurable CRM objectives with clear targets.', [
					'There are no CRM targets; success is judged by opinion.',
					'Some teams set their own targets, such as campaign response, but these are not linked.',
					'Measurable CRM objectives with targets are agreed and written down for the whole organisation.',
					'Progress against targets is reported regularly, and management acts when results slip.',
					'Targets are reviewed each cycle and changed as we learn what drives results.'
				]),
				maturity(
					'metrics.inside_and_outside',
					'We measure both internal results, such as cost, and customer results, such as satisfaction and loyalty.',
					[
						'We measure only internal figures such as sales or cost, if anything.',
						'Some customer measures exist, e.g. a yearly survey, but they sit apart from business figures.',
						'An agreed set of internal and customer measures covers the whole CRM programme.',
						'Internal and customer measures are reviewed together, and the links between them are analysed.',
						'The set of measures is refined as we learn which ones best predict long-term results.'
					]
				),
				maturity(
					'metrics.financial_link',
					'Our CRM measures connect day-to-day work to our strategy and financial results.',
					[
						'Activity figures, such as calls or mailings, are collected with no link to strategy or money.',
						'Links between CRM work and financial results are claimed in places, but not shown.',
						'A documented chain of measures links day-to-day figures to CRM goals and financial results.',
						'Management reviews this chain regularly, and funding follows proven contribution.',
						'The chain is checked against actual results and refined; weak measures are replaced.'
					]
				),
				maturity(
					'metrics.tested_assumptions',
					'We test assumptions such as ‘satisfied customers are loyal’ or ‘loyal customers are profitable’.',
					[
						'We assume satisfied customers are loyal and loyal customers are profitable, without checking.',
						'Some people question these assumptions, but their findings do not change decisions.',
						'Satisfaction, loyalty and profitability are measured separately, using agreed definitions.',
						'We regularly analyse how satisfaction, loyalty and profit relate, and act on the findings.',
						'Assumptions are routinely tested before major decisions, and our models improve over time.'
					]
				),
				maturity(
					'metrics.used_in_decisions',
					'CRM figures reach the people who can act on them and are used to make decisions.',
					[
						'Figures, if any, are collected, but few people ever see them.',
						'Some managers receive reports but rarely use them to change anything.',
						'Regular CRM reports go to every team that can act on them, in a standard format.',
						'Decisions and actions are recorded against the figures that prompted them, and followed up.',
						'Reports are improved based on what teams actually use, and front-line staff see their own results.'
					]
				)
			]
		},

		// ───────────────────────────── Governance areas ─────────────────────────────
		{
			key: 'management_team',
			kind: 'governance',
			title: 'Management team',
			description:
				'The people who lead the CRM programme: who they are, how they decide, and how they keep the programme on track.',
			items: [
				maturity(
					'management_team.sponsor',
					'The CRM programme has a senior sponsor who supports it from start to finish.',
					[
						'There is no senior sponsor; the programme depends on the goodwill of individuals.',
						'A senior leader backs the programme, but support comes and goes with other priorities.',
						'A named member of the management team is formally responsible for the CRM programme.',
						'The sponsor reviews progress regularly and removes blockers, including in difficult quarters.',
						'Sponsorship is renewed every cycle and carries on through changes of leadership.'
					]
				),
				maturity(
					'management_team.roles_skills',
					'The people leading CRM have clear roles and the right mix of skills.',
					[
						'It is unclear who leads the CRM programme or who decides what.',
						'A small group leads CRM, but roles are informal and key skills, such as data or finance, are missing.',
						'Roles, responsibilities and decision rights are written down and known across the organisation.',
						'The team’s performance is reviewed against programme goals, and skill gaps are filled.',
						'The team’s make-up and ways of working are reviewed each cycle and adjusted to what is needed.'
					]
				),
				maturity(
					'management_team.functions_represented',
					'The team leading CRM includes people from the main functions that deal with customers.',
					[
						'The programme is run by one function alone, such as marketing or IT.',
						'Other functions are consulted now and then, usually when a problem comes up.',
						'Finance, sales, marketing, service, IT and other key functions each have a seat on the team.',
						'Each function’s contribution is agreed and tracked, and gaps in involvement are addressed.',
						'Membership is reviewed each cycle, for example adding HR or purchasing as their role grows.'
					]
				),
				maturity(
					'management_team.decisions_budget',
					'The team makes timely decisions and has the authority and budget to act on them.',
					[
						'Decisions stall, and CRM proposals wait a long time for approval or funding.',
						'Some decisions are quick, but funding depends on who argues hardest each year.',
						'The team has a defined budget, clear approval routes and agreed authority to act.',
						'How long decisions take and how the budget is used are tracked, and funding follows results.',
						'Decision-making and funding rules are reviewed and made faster and fairer over time.'
					]
				),
				maturity(
					'management_team.improvement_review',
					'The team leads a regular review of our mission and values, CRM strategy, CRM activities and governance.',
					[
						'The CRM programme is never formally reviewed once it has started.',
						'Reviews happen now and then, usually after a problem, and cover only part of the programme.',
						'A scheduled review covers mission and values, strategy, each CRM activity, and governance.',
						'Review findings become actions with owners and deadlines, and progress on them is tracked.',
						'Each review builds on the last, and the review process itself is improved.'
					]
				)
			]
		},
		{
			key: 'crm_department',
			kind: 'governance',
			title: 'Organisation of the CRM department',
			description:
				'How the team or department that runs CRM day to day is set up, resourced and connected to the rest of the organisation.',
			items: [
				maturity(
					'crm_department.clear_remit',
					'It is clear which team is responsible for running CRM day to day.',
					[
						'No team is responsible; CRM tasks are spread around and often fall through the gaps.',
						'A team handles CRM, but its remit is unclear and other teams duplicate its work.',
						'One team has a written remit for running CRM, and other departments know what it does.',
						'The team’s workload and results are measured against its remit, and resources are adjusted.',
						'The team’s remit and structure are reviewed each cycle as the programme grows.'
					]
				),
				maturity(
					'crm_department.central_local',
					'CRM is coordinated centrally, but local teams can adapt it to their own customers.',
					[
						'Either every unit does its own thing, or everything is set centrally with no room to adapt.',
						'Some central guidance exists, but local teams ignore it or cannot adapt it.',
						'Central strategy sets common rules, and local units have documented room to tailor them.',
						'Local adaptations are tracked, and their results are compared across units.',
						'Good local ideas are adopted centrally, and the balance is adjusted each cycle.'
					]
				),
				maturity(
					'crm_department.resources',
					'The team running CRM has enough people, skills and budget for what it is asked to do.',
					[
						'The team is under-resourced; CRM work is done in spare time or not at all.',
						'Resources cover some tasks, but key skills, such as analysis or campaign design, are missing.',
						'Staffing, skills and budget are planned against the CRM plan and agreed each year.',
						'Workload and skills are monitored, and gaps are filled before they affect customers.',
						'Resourcing is adjusted each cycle based on results and what the next phase needs.'
					]
				),
				maturity(
					'crm_department.quality_control',
					'The team checks the quality of every CRM activity from launch onwards.',
					[
						'Nobody checks the quality of CRM activities once they are running.',
						'Some activities are checked by their owners, each using their own standards.',
						'Documented quality standards and checks apply to every CRM activity.',
						'Quality results are reported regularly, and problems are fixed within agreed times.',
						'Quality standards are raised over time, based on customer feedback and results.'
					]
				),
				maturity(
					'crm_department.partners',
					'We work with partners and suppliers where they can improve our CRM activities.',
					[
						'Partners and suppliers are not seen as part of our CRM work.',
						'Some partners are involved in individual projects, without agreed roles.',
						'Partner roles in CRM activities are agreed in writing, with shared standards for customers.',
						'How partners perform for our customers is measured and reviewed with them regularly.',
						'Partnerships are reviewed each cycle, and partners are added or dropped as needs change.'
					]
				)
			]
		},
		{
			key: 'technology_infrastructure',
			kind: 'governance',
			title: 'Technology infrastructure',
			description:
				'How the CRM systems, websites and other software are owned, run, supported and kept secure.',
			items: [
				maturity(
					'technology_infrastructure.ownership',
					'Each CRM system has a clear business owner and a clear technical owner.',
					[
						'Nobody knows who owns the CRM systems; changes are made by whoever has access.',
						'Some systems have owners, but responsibilities between the business and IT are unclear.',
						'Every CRM system has a named business owner and technical owner, recorded in one list.',
						'Owners review their systems’ performance, costs and use regularly, and act on issues.',
						'Ownership and the list of systems are reviewed each cycle and updated as systems change.'
					]
				),
				maturity(
					'technology_infrastructure.reliability',
					'CRM systems are reliable and available when staff and customers need them.',
					[
						'Outages and slow systems are common, and customers are affected.',
						'The main systems mostly work, but problems are fixed only after users complain.',
						'Service levels for availability and support are written down for all CRM systems.',
						'Availability and support times are measured against the service levels and reported.',
						'Problems are analysed to find causes and prevent repeats, and service levels are raised over time.'
					]
				),
				maturity(
					'technology_infrastructure.security',
					'Customer data in our systems is protected, and only people who need it can get to it.',
					[
						'Access to customer data is not controlled, and shared logins are common.',
						'Some systems have access controls, but they are not reviewed.',
						'Role-based access rules apply to all CRM systems, and security practice is documented.',
						'Access is reviewed regularly, and security incidents are logged and followed up.',
						'Security controls are tested and improved regularly as threats and rules change.'
					]
				),
				maturity(
					'technology_infrastructure.change_control',
					'Changes and new systems are planned with the people who use them and tested before going live.',
					[
						'System changes go live without warning or testing, and users discover the problems.',
						'Some changes are tested and announced, depending on the project.',
						'One standard change process covers testing, training and communication for all CRM systems.',
						'Problems after go-live are tracked, and the change process is tightened where it fails.',
						'Lessons from each release improve the next, and users help test changes.'
					]
				),
				maturity(
					'technology_infrastructure.suppliers',
					'We manage technology suppliers against what the business needs, not their sales pitch.',
					[
						'Suppliers and contracts are handled ad hoc, and we rely on what suppliers tell us.',
						'Some contracts include service terms, but supplier performance is not tracked.',
						'Suppliers are chosen against set criteria, and contracts state service levels and data terms.',
						'Supplier performance is reviewed regularly against the contract and business needs.',
						'Supplier relationships are reviewed each cycle, and we change supplier when needs change.'
					]
				)
			]
		},
		{
			key: 'contact_channels',
			kind: 'governance',
			title: 'Contact channels',
			description:
				'The ways customers reach us and we reach them, such as in person, phone, email, web, app or post, and how well these work together.',
			items: [
				maturity(
					'contact_channels.integrated',
					'Our contact channels are joined up, so a conversation can carry on in another channel.',
					[
						'Each channel works on its own, and customers start again when they switch channel.',
						'Some channels share information, e.g. phone and email, but others are separate.',
						'All channels use the same customer record and history, so contact can continue anywhere.',
						'Hand-overs between channels are measured, and failures are followed up.',
						'Every new channel is joined up from day one, and hand-overs keep improving.'
					]
				),
				maturity(
					'contact_channels.customer_choice',
					'Customers can reach us in the ways they prefer.',
					[
						'We offer the channels that suit us; customer preferences are not considered.',
						'Some channels were added because customers asked, but there is no overall plan.',
						'A documented channel plan is based on customer preferences and the needs of each segment.',
						'Use and satisfaction are measured for each channel, and the mix is adjusted.',
						'The channel mix is reviewed each cycle as customer habits and technology change.'
					]
				),
				maturity(
					'contact_channels.named_contact',
					'Where it matters, customers have a named person who knows them.',
					[
						'Customers speak to whoever is free, and that person rarely knows their history.',
						'Some important customers have a named contact, depending on individual effort.',
						'Clear rules say which customers get a named contact, and cover is arranged for absences.',
						'The effect of named contacts on satisfaction and customer value is measured and reviewed.',
						'The named-contact approach is extended or adjusted each cycle based on results.'
					]
				),
				maturity(
					'contact_channels.joint_planning',
					'Our contact centre or main service desk is planned together with the departments it serves.',
					[
						'The contact centre is planned in isolation; other departments hear of changes afterwards.',
						'Some departments are consulted on contact-centre changes, usually when problems arise.',
						'Contact-centre planning formally involves every department whose customers it serves.',
						'Shared service targets are agreed with those departments and reviewed together.',
						'Joint planning improves each cycle, and contact-centre insight feeds other departments’ plans.'
					]
				)
			]
		},
		{
			key: 'relationship_processes',
			kind: 'governance',
			title: 'Customer-relationship processes',
			description:
				'How we handle customer service, complaints and the other everyday processes that shape a customer’s relationship with us.',
			items: [
				maturity(
					'relationship_processes.complaints',
					'Complaints are recorded, resolved quickly and used to improve.',
					[
						'Complaints are handled by whoever receives them, and many are never recorded.',
						'Some teams log complaints, but handling and response times vary.',
						'One complaints process, with response times and escalation routes, applies everywhere.',
						'Complaint numbers, causes and resolution times are reported, and management acts on them.',
						'Root causes are removed so the same complaint does not return, and the process keeps improving.'
					]
				),
				maturity(
					'relationship_processes.service_standards',
					'Customer service has clear standards that are met consistently.',
					[
						'There are no service standards; quality depends on the person and the day.',
						'Some teams set their own standards, such as replying within a day, but they differ.',
						'Organisation-wide service standards are written down and known by all service staff.',
						'Performance against the standards is measured and shared, and shortfalls are addressed.',
						'Standards are raised over time, using customer feedback and results.'
					]
				),
				maturity(
					'relationship_processes.putting_right',
					'When we get something wrong, staff can put it right for the customer without long delays.',
					[
						'Staff must pass even small problems upwards, so customers wait.',
						'Some experienced staff fix problems on the spot, but others are not allowed to.',
						'Staff have written limits within which they can put things right straight away.',
						'How problems are put right, and what it costs, is tracked, and the limits are adjusted.',
						'Staff and customer feedback improve how we put things right, and limits are reviewed each cycle.'
					]
				),
				maturity(
					'relationship_processes.welcome_retention',
					'We have planned ways of welcoming new customers and of keeping customers who may be about to leave.',
					[
						'New customers get no particular welcome, and we notice customers leaving only after they have gone.',
						'Some teams welcome new customers or try to win back leavers, each in their own way.',
						'Documented welcome and retention processes apply to all customers, with clear triggers.',
						'Early experience and customer losses are measured, and the processes are adjusted.',
						'Warning signs of leaving are spotted early, and both processes improve each cycle.'
					]
				),
				maturity(
					'relationship_processes.closing_loop',
					'Customers hear back from us about what happened after they raised a question or problem.',
					[
						'Customers rarely hear back and have to chase us for answers.',
						'Some staff follow up with customers, but it depends on the person.',
						'Follow-up steps and timescales are built into service and complaint processes.',
						'Follow-up is tracked, and cases closed without contacting the customer are reviewed.',
						'Customers are told what we changed because of what they raised, and follow-up keeps improving.'
					]
				)
			]
		},
		{
			key: 'knowledge_management',
			kind: 'governance',
			title: 'Knowledge management',
			description:
				'How we bring together and use what we know about customers and about our own CRM work, including what it costs and returns.',
			items: [
				maturity(
					'knowledge_management.trusted_figures',
					'Managers and teams work from the same, trusted figures about customers and CRM.',
					[
						'Teams report different numbers for the same thing, and meetings argue over whose figure is right.',
						'Some figures are shared, but many reports are built separately from different sources.',
						'Key customer and CRM figures come from one agreed source, with written definitions.',
						'The accuracy and use of these figures are checked, and differences are resolved quickly.',
						'Definitions and sources are reviewed each cycle and improved as needs change.'
					]
				),
				maturity(
					'knowledge_management.return_on_investment',
					'We know what our CRM activities cost and what they return, and use this in decisions.',
					[
						'Nobody can say what CRM activities cost or what they bring in.',
						'Costs are known for some activities, but benefits are estimated loosely, if at all.',
						'An agreed method works out costs and benefits (return on investment) for every CRM activity and project.',
						'Return-on-investment figures are reported regularly and used to fund, change or stop activities.',
						'The method is refined using actual results, including the long-term value of customers.'
					]
				),
				maturity(
					'knowledge_management.customer_knowledge',
					'What staff learn from conversations with customers is recorded and shared, not left in people’s heads.',
					[
						'Customer knowledge lives in people’s heads or notebooks and leaves when they do.',
						'Some staff record notes, but in different places and formats.',
						'Staff record key customer information in the shared system, using agreed fields.',
						'Recorded knowledge is reviewed and used, for example in product or service planning.',
						'How we capture and use customer knowledge keeps improving, guided by what proves useful.'
					]
				),
				maturity(
					'knowledge_management.lessons_learned',
					'Lessons from CRM projects and activities are recorded and shared.',
					[
						'Lessons are lost when people move on, and the same mistakes are repeated.',
						'Some teams hold reviews after projects, but findings are rarely shared.',
						'Lessons from every project and activity are recorded in one place that all staff can reach.',
						'Lessons are reviewed regularly and turned into changes with owners.',
						'Sharing lessons is routine, and every new project starts by checking what was learnt before.'
					]
				),
				maturity(
					'knowledge_management.competitors',
					'We keep track of how competitors manage customer relationships and learn from it.',
					[
						'We know little about competitors’ customer practices beyond hearsay.',
						'Some staff follow competitors, but what they find is not collected or shared.',
						'Competitors’ practices are reviewed regularly and summarised for decision-makers.',
						'Findings about competitors feed our roadmap and future goals, and are tracked over time.',
						'We learn systematically from competitors and other sectors, and adjust quickly.'
					]
				)
			]
		},

		// ───────────────────────────── Other sections ─────────────────────────────
		{
			key: 'functional_integration',
			kind: 'integration',
			title: 'Functional integration',
			description:
				'How much does each part of the organisation take part in CRM? For each function, say whether it is not involved, kept informed, consulted, or fully part of CRM work.',
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
		},
		{
			key: 'reference',
			kind: 'reference',
			title: 'A few facts',
			description:
				'Three yes-or-no questions. Your answers are compared with a published study of 32 organisations.',
			items: [
				yesNo(
					'reference.frontline_data',
					'Front-line staff can see the customer data they need when serving a customer.'
				),
				yesNo(
					'reference.hiring_crm_skills',
					'When hiring, applicants must demonstrate CRM-related skills.'
				),
				yesNo(
					'reference.best_customers',
					'Our best customers are treated differently from regular customers.'
				)
			]
		},
		{
			key: 'stakeholder_map',
			kind: 'stakeholder_map',
			title: 'Stakeholder map',
			description: 'Which relationships does the CRM vision cover?',
			items: [
				stakeholder('stakeholder_map.customers', 'Customers'),
				stakeholder('stakeholder_map.employees', 'Employees'),
				stakeholder('stakeholder_map.management', 'Management'),
				stakeholder('stakeholder_map.vendors', 'Vendors and suppliers'),
				stakeholder('stakeholder_map.shareholders', 'Shareholders'),
				stakeholder('stakeholder_map.board', 'Board of directors'),
				stakeholder('stakeholder_map.regulators', 'Regulators'),
				stakeholder('stakeholder_map.interest_groups', 'Special-interest groups')
			]
		}
	]
};
