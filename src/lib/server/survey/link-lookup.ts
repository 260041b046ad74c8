/**
 * The link lookup that opens a survey (issue 18: one read for a page or a tap), and the minute's
 * cache of it that taps use.
 */
import { databaseHandle } from '../platform/db';

/** The shape of a link token (tokenFor in invitations.ts): anything else is no link. */
export const isLinkToken = (token: string): boolean => /^[a-z2-7]{64}$/.test(token);

/** What opening a survey needs about its link: the link's group, its cycle and organisation. */
export interface SurveyLink {
	groupKey: string;
	cycleId: string;
	organisationId: string;
	instrumentId: string;
	cycleName: string;
	status: 'draft' | 'open' | 'closed' | 'reviewed';
	opensAt: Date;
	closesAt: Date;
	routing: Record<string, string[]> | null;
	anonymityThreshold: number;
	commentThreshold: number;
	organisationName: string;
	timeZone: string;
	/** Dimensions the lead marked not applicable are not asked (issue 13.2). */
	notApplicable: string[];
	/** The version's languages, comma-separated: a published translation adds one (issue 17.3). */
	instrumentLanguages: string;
}

/** One fixed statement, prepared once per connection: every respondent request starts with it. */
const SURVEY_LINK_SQL = `
	select i.group_key as "groupKey", c.id as "cycleId", c.organisation_id as "organisationId",
	       c.instrument_id as "instrumentId", c.name as "cycleName", c.status::text as "status",
	       c.opens_at as "opensAt", c.closes_at as "closesAt", c.routing as "routing",
	       c.anonymity_threshold as "anonymityThreshold", c.comment_threshold as "commentThreshold",
	       o.name as "organisationName", o.time_zone as "timeZone",
	       array(select cd.dimension_key from cycle_dimension cd
	             where cd.cycle_id = c.id and cd.not_applicable) as "notApplicable",
	       (select array_to_string(ins.languages, ',') from instrument ins
	         where ins.id = c.instrument_id) as "instrumentLanguages"
	from invitation i
	join cycle c on c.id = i.cycle_id
	join organisation o on o.id = c.organisation_id
	where i.token_hash = $1 and i.revoked_at is null`;

/**
 * Recent lookups, for taps only (issue 18: a respondent's taps cost one statement each). A minute,
 * because a respondent answers a question every 20–30 seconds (29 questions in about 13 minutes):
 * a cache of a few seconds missed on nearly every real tap. Safe because each tap's save statement
 * checks again, in its own snapshot, whatever may have changed since the lookup: the link revoked,
 * re-issued or erased, the cycle closed, the response submitted (save.ts). Keyed by the token's
 * hash, as the database is; holds only the lookup's row; never an unknown link (those are counted
 * against the client, index.ts open). Per process: nothing invalidates it, so a change made by this
 * instance or another is seen by the next lookup after at most LINK_CACHE_MS. Pages and submissions
 * always read afresh. What the statement does not check may be that much older: a dimension marked
 * not applicable, or sections routed anew, while the cycle is open still take taps for up to a
 * minute, as answers given before the change stay (scoring leaves a not-applicable dimension out).
 */
const LINK_CACHE_MS = 60_000;
const LINK_CACHE_MAX = 10_000;
const recentLinks = new Map<string, { link: SurveyLink; at: number }>();

/**
 * Looks up a respondent's link for the survey's pages and taps (issue 18: one read that opens the
 * survey, a prepared statement rather than the query builder) by its token's hash (hashToken
 * of a token isLinkToken accepts); unknown and revoked tokens both give null. `cached`: a lookup
 * made less than LINK_CACHE_MS before `now` will do (taps only).
 */
export async function linkForSurvey(
	hash: string,
	{ cached = false, now = new Date() }: { cached?: boolean; now?: Date } = {}
): Promise<SurveyLink | null> {
	const at = now.getTime();
	if (cached) {
		const recent = recentLinks.get(hash);
		if (recent && at >= recent.at && at - recent.at < LINK_CACHE_MS) return recent.link;
	}
	const [row] = await databaseHandle().rows<SurveyLink>(SURVEY_LINK_SQL, [hash], {
		prepare: true
	});
	if (!row) return null;
	// drizzle's postgres.js client leaves timestamps as text (it maps them itself); PGlite gives Dates.
	const link = { ...row, opensAt: new Date(row.opensAt), closesAt: new Date(row.closesAt) };
	if (cached) {
		recentLinks.delete(hash); // re-inserted last: the oldest lookup is the first to go
		if (recentLinks.size >= LINK_CACHE_MAX) recentLinks.delete(recentLinks.keys().next().value!);
		recentLinks.set(hash, { link, at });
	}
	return link;
}
