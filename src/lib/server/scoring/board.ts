/**
 * The board member's home (issue 16.1): the headline of the latest closed cycle from the same
 * scoring service as the dashboard, the action plan, what is asked of the board and the latest
 * finished report. Reads only; every query is scoped by organisation.
 */
import * as cycles from '../cycles';
import * as actions from '../cycles/improvement-actions';
import * as implementation from '../improvement/implementation';
import * as reports from '../reports';
import * as scoring from './';
import { actionPlanLine, boardAsks, boardHeadline } from '$lib/domain/board/home';
import { isProvisional } from '$lib/domain/cycle/status';

/**
 * The report the board should read: the newest finished final report, or, when none is final yet,
 * the newest provisional one (marked so on the page). Without its bytes.
 */
async function latestReport(organisationId: string, all: Awaited<ReturnType<typeof cycles.list>>) {
	const done = (
		await Promise.all(
			all.map(async (c) =>
				(await reports.list(organisationId, c.id))
					.filter((r) => r.status === 'done')
					.map((r) => ({
						id: r.id,
						cycleId: c.id,
						cycleName: c.name,
						provisional: r.provisional,
						finishedAt: r.finishedAt,
						pdfBytes: r.pdfBytes
					}))
			)
		)
	)
		.flat()
		.sort((a, b) => (b.finishedAt?.getTime() ?? 0) - (a.finishedAt?.getTime() ?? 0));
	return done.find((r) => !r.provisional) ?? done[0] ?? null;
}

export async function home(organisationId: string, now = new Date()) {
	const [all, closed, plan, checklist] = await Promise.all([
		cycles.list(organisationId),
		cycles.closedInOrder(organisationId),
		actions.list(organisationId),
		implementation.list(organisationId)
	]);
	const latest = closed.at(-1) ?? null;
	const before = latest ? await cycles.previousClosed(organisationId, latest.id) : null;
	const scored = async (c: { id: string; name: string } | null) => {
		const scores = c ? await scoring.scoreCycleForOrganisation(organisationId, c.id) : null;
		return c && scores ? { cycle: { id: c.id, name: c.name }, scores } : null;
	};
	const planActions = plan.map((a) => ({
		title: a.title,
		status: a.status,
		owner: a.owner,
		dueDate: a.dueDate,
		budget: a.budget,
		approvedAmount: a.approvedAmount
	}));
	return {
		headline: boardHeadline(await scored(latest), await scored(before)),
		// Open cycles are named with their closing date, never scored here.
		open: all
			.filter((c) => isProvisional(c, now) && c.status !== 'draft')
			.map((c) => ({ id: c.id, name: c.name, closesAt: c.closesAt })),
		plan: actionPlanLine(planActions, now.toISOString().slice(0, 10)),
		asks: boardAsks(planActions, checklist.rows),
		report: await latestReport(organisationId, all)
	};
}
