import { and, eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { membership, organisation } from '../platform/db/schema';
import * as audit from '../audit';
import { interfaceLanguageOr, type InterfaceLanguage } from '$lib/domain/language';
import { z } from 'zod';

const isId = (value: string): boolean => z.uuid().safeParse(value).success;

/**
 * The organisation's default language for one of its members; English for anyone else, so that
 * a page refused to an outsider says nothing about the organisation.
 */
export async function defaultLanguageFor(
	organisationId: string,
	userId: string | null
): Promise<InterfaceLanguage> {
	if (userId === null || !isId(organisationId)) return 'en';
	const [row] = await db()
		.select({ language: organisation.language })
		.from(organisation)
		.innerJoin(membership, eq(membership.organisationId, organisation.id))
		.where(and(eq(organisation.id, organisationId), eq(membership.userId, userId)));
	return interfaceLanguageOr(row?.language);
}

/**
 * Changes the organisation's default language (issue 17), recorded in the audit log in the same
 * transaction; saving the language it already has records nothing.
 */
export async function setLanguage(
	organisationId: string,
	language: InterfaceLanguage,
	actorId: string
): Promise<void> {
	await db().transaction(async (tx) => {
		const [before] = await tx
			.select({ language: organisation.language })
			.from(organisation)
			.where(eq(organisation.id, organisationId))
			.for('update');
		if (!before || before.language === language) return;
		await tx.update(organisation).set({ language }).where(eq(organisation.id, organisationId));
		await audit.record(tx, organisationId, actorId, {
			kind: 'organisation.language_changed',
			subjectId: organisationId,
			details: { from: before.language, to: language }
		});
	});
}
