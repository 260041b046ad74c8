import { eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { organisation } from '../platform/db/schema';
import * as audit from '../audit';
import type { InterfaceLanguage } from '$lib/domain/language';

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
