/**
 * Saving a tap (issue 18): one statement per save, after the survey was opened by one read
 * (index.ts open: link, cycle and organisation in one query, the questionnaire from a cache).
 */
import { databaseHandle } from '../platform/db';
import type { StoredInstrument } from '../instruments';
import type { StoredItem, Survey } from '.';
import {
	COMMENT_MAX,
	isValidValue,
	type AnswerInput,
	type CommentInput
} from '$lib/domain/survey/schema';

/** The items of a stored section with their ids (the intersection type hides them from map). */
const itemsOf = (section: StoredInstrument['sections'][number]): StoredItem[] =>
	section.items as StoredItem[];

/** Item and section ids of an instrument as asked, built once per (cached) instrument object. */
const itemLookup = new WeakMap<
	StoredInstrument,
	{ items: Map<string, StoredItem>; sectionIds: Set<string> }
>();

function lookupOf(instrument: StoredInstrument) {
	let found = itemLookup.get(instrument);
	if (!found) {
		found = {
			items: new Map(instrument.sections.flatMap((s) => itemsOf(s).map((i) => [i.id, i] as const))),
			sectionIds: new Set(instrument.sections.map((s) => s.id))
		};
		itemLookup.set(instrument, found);
	}
	return found;
}

export type SaveResult =
	| { ok: true; saved: number }
	| { ok: false; reason: 'unknown' | 'closed' | 'submitted' | 'locked' }
	| { ok: false; reason: 'invalid'; ids: string[] };

export interface SaveInput {
	answers?: readonly AnswerInput[];
	comments?: readonly CommentInput[];
}

/** Rejects ids outside the cycle's instrument and values the item's kind does not allow. */
export function invalidIds(instrument: StoredInstrument, input: SaveInput): string[] {
	const { items, sectionIds } = lookupOf(instrument);
	const bad: string[] = [];
	for (const a of input.answers ?? []) {
		const item = items.get(a.itemId);
		if (!item || !isValidValue(item.kind, a) || (a.notMyArea && !instrument.offersNotMyArea))
			bad.push(a.itemId);
	}
	for (const c of input.comments ?? []) {
		if (!sectionIds.has(c.sectionId) || c.text.length > COMMENT_MAX) bad.push(c.sectionId);
	}
	return bad;
}

type Answers = NonNullable<SaveInput['answers']>;
type Comments = NonNullable<SaveInput['comments']>;

interface SaveRow {
	/** The link is still this cycle's and not revoked (its token not re-issued since it was opened). */
	linked: boolean;
	/** The cycle takes answers at `now` (read under a share lock: a close waits for this save). */
	open: boolean;
	/** The link's response, null when there is none (or a concurrent first save made it unseen). */
	status: 'draft' | 'submitted' | null;
	mine: boolean | null;
	written: boolean;
}

/**
 * One statement that saves a tap. It checks everything the survey it was given may no longer show
 * (that survey may come from a lookup up to a minute old, index.ts open with cachedLink): that the
 * link still exists unrevoked under this token (a re-issued link has another token hash), and it
 * locks the cycle row against a concurrent close (FOR SHARE: a close that is under way makes this
 * wait and then see the cycle closed; a close that comes later waits for this save to commit). It
 * creates the draft on the link's first save, checks that the draft is this device's and not
 * submitted, and only then deletes the cleared answers and comments and upserts the others. Every
 * check and write happens in the statement's one snapshot, so a refusal writes nothing. Refusals in
 * the order: unknown link, closed, submitted, locked.
 *
 * The writes a tap does not need are left out of its statement (issue 18: a tap is nearly always
 * one kept answer, and each write part costs the database its relations, indexes and triggers on
 * every execution), so there are up to 15 fixed texts, each prepared once per connection.
 * Parameters are named here (`:cycle`) and numbered in order of first use (saveStatement).
 */
const CHECKS = `
	with l as (
		select cycle_id from invitation where token_hash = :tokenHash::text and revoked_at is null
	), c as (
		select id from cycle
		where id = :cycle::uuid and id in (select cycle_id from l)
		  and status = 'open' and opens_at <= :now::timestamptz and closes_at > :now::timestamptz
		for share
	), made as (
		insert into response (organisation_id, cycle_id, resume_hash, group_key, device_hashes, updated_at)
		select :organisation::uuid, c.id, :key::text, :group::text, array[:device::text], date_trunc('day', now())
		from c
		where not exists (select 1 from response where resume_hash = :key::text)
		on conflict (resume_hash) do nothing
		returning id, cycle_id, status, device_hashes
	), r as (
		select id, cycle_id, status, device_hashes from response where resume_hash = :key::text
		union all
		select id, cycle_id, status, device_hashes from made
	), draft as (
		select r.id from r join c on c.id = r.cycle_id
		where r.status = 'draft' and :device::text = any(r.device_hashes)
	)`;

/** The write parts, each with the one parameter (a JSON array) it reads. */
const WRITES = {
	cleared: `, cleared as (
		delete from answer
		where response_id = (select id from draft)
		  and item_id in (select value::uuid from jsonb_array_elements_text(:cleared::jsonb))
	)`,
	kept: `, kept as (
		insert into answer (response_id, item_id, cycle_id, value, dont_know, not_my_area, updated_at)
		select draft.id, a.item_id, :cycle::uuid, a.value, a.dont_know, a.not_my_area, date_trunc('day', now())
		from draft, jsonb_to_recordset(:kept::jsonb)
		     as a(item_id uuid, value smallint, dont_know boolean, not_my_area boolean)
		on conflict (response_id, item_id) do update
		set value = excluded.value, dont_know = excluded.dont_know,
		    not_my_area = excluded.not_my_area, updated_at = excluded.updated_at
	)`,
	emptied: `, emptied as (
		delete from section_comment
		where response_id = (select id from draft)
		  and section_id in (select value::uuid from jsonb_array_elements_text(:emptied::jsonb))
	)`,
	written: `, commented as (
		insert into section_comment (response_id, section_id, cycle_id, text, updated_at)
		select draft.id, t.section_id, :cycle::uuid, t.text, date_trunc('day', now())
		from draft, jsonb_to_recordset(:written::jsonb) as t(section_id uuid, text text)
		on conflict (response_id, section_id) do update
		set text = excluded.text, updated_at = excluded.updated_at
	)`
} as const;

const OUTCOME = `
	select exists (select 1 from l where cycle_id = :cycle::uuid) as "linked",
	       exists (select 1 from c) as "open",
	       (select status::text from r limit 1) as "status",
	       (select :device::text = any(device_hashes) from r limit 1) as "mine",
	       exists (select 1 from draft) as "written"`;

type Write = keyof typeof WRITES;
type SaveValues = Record<
	'tokenHash' | 'cycle' | 'now' | 'organisation' | 'key' | 'group' | 'device',
	string
> &
	Partial<Record<Write, string>>;

/** A statement's text and the order of its parameters, per set of write parts (built once each). */
const statements = new Map<string, { text: string; names: (keyof SaveValues)[] }>();

/** The statement for the writes present in `values`, and its parameters in order. */
export function saveStatement(values: SaveValues): { text: string; params: string[] } {
	const writes = (Object.keys(WRITES) as Write[]).filter((w) => values[w] !== undefined);
	const id = writes.join(',');
	let statement = statements.get(id);
	if (!statement) {
		const names: (keyof SaveValues)[] = [];
		const text = [CHECKS, ...writes.map((w) => WRITES[w]), OUTCOME]
			.join('')
			.replace(/:([a-zA-Z]+)(?=::)/g, (_, name: keyof SaveValues) => {
				if (!names.includes(name)) names.push(name);
				return `$${names.indexOf(name) + 1}`;
			});
		statements.set(id, (statement = { text, names }));
	}
	return { text: statement.text, params: statement.names.map((name) => values[name]!) };
}

/** The statement's values: the JSON arrays of the write parts only when non-empty. */
function saveValues(survey: Survey, answers: Answers, comments: Comments, now: Date): SaveValues {
	const isCleared = (a: Answers[number]) => a.value === null && !a.dontKnow && !a.notMyArea;
	const kept = answers
		.filter((a) => !isCleared(a))
		.map((a) => ({
			item_id: a.itemId,
			value: a.dontKnow || a.notMyArea ? null : a.value,
			dont_know: a.dontKnow,
			not_my_area: a.notMyArea ?? false
		}));
	const written = comments
		.filter((c) => c.text.trim() !== '')
		.map((c) => ({ section_id: c.sectionId, text: c.text.trim() }));
	const cleared = answers.filter(isCleared).map((a) => a.itemId);
	const emptied = comments.filter((c) => c.text.trim() === '').map((c) => c.sectionId);
	const json = (list: unknown[]) => (list.length > 0 ? JSON.stringify(list) : undefined);
	return {
		tokenHash: survey.tokenHash,
		cycle: survey.cycleId,
		now: now.toISOString(),
		organisation: survey.organisationId,
		key: survey.key,
		group: survey.groupKey,
		device: survey.deviceHash,
		cleared: json(cleared),
		kept: json(kept),
		emptied: json(emptied),
		written: json(written)
	};
}

/**
 * Saves answers and section comments, creating the draft response on the first save: one
 * statement, one round trip (saveStatement). An answer with value null and neither "don't know"
 * nor "not my area" clears it; an empty comment deletes it.
 */
export async function save(
	survey: Survey,
	input: SaveInput,
	now = new Date()
): Promise<SaveResult> {
	const bad = invalidIds(survey.instrument, input);
	if (bad.length > 0) return { ok: false, reason: 'invalid', ids: bad };
	const answers = [...new Map((input.answers ?? []).map((a) => [a.itemId, a])).values()];
	const comments = [...new Map((input.comments ?? []).map((c) => [c.sectionId, c])).values()];
	// Nothing to save makes no draft: a browser that only looked does not take the link over.
	if (answers.length === 0 && comments.length === 0) return { ok: true, saved: 0 };
	const { text, params } = saveStatement(saveValues(survey, answers, comments, now));
	// Twice at most: two first saves of one link at once both try to make its draft; the one that
	// loses cannot see the winner's row in its snapshot and writes nothing, and the second try does.
	for (let attempt = 0; attempt < 2; attempt++) {
		const [row] = await databaseHandle().rows<SaveRow>(text, params, { prepare: true });
		if (!row?.linked) return { ok: false, reason: 'unknown' };
		if (!row.open) return { ok: false, reason: 'closed' };
		if (row.written) return { ok: true, saved: answers.length + comments.length };
		if (row.status === 'submitted') return { ok: false, reason: 'submitted' };
		if (row.status === 'draft') return { ok: false, reason: row.mine ? 'closed' : 'locked' };
	}
	throw new Error('The draft could not be saved: it was neither found nor created.');
}
