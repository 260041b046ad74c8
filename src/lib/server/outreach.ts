import * as invitations from './invitations';
import { invitationMessage, mailer, type SendOutcome } from './mail';
import type { IssuedLink } from './invitations';

export const mailConfigured = (): boolean => mailer() !== null;

/** E-mails personal invitation links (or reminders) and records who was mailed. */
export async function sendInvitations(
	organisation: { id: string; name: string; timeZone: string },
	cycle: { id: string; name: string; closesAt: Date },
	links: IssuedLink[],
	origin: string,
	reminder: boolean
): Promise<SendOutcome | null> {
	const transport = mailer();
	if (!transport) return null;
	const personal = links.filter((l): l is IssuedLink & { email: string } => l.email !== null);
	const outcome = await transport.send(
		personal.map((l) =>
			invitationMessage({
				to: l.email,
				name: l.name,
				organisationName: organisation.name,
				cycleName: cycle.name,
				link: `${origin}/s/${l.token}`,
				closesAt: cycle.closesAt,
				timeZone: organisation.timeZone,
				reminder
			})
		)
	);
	const sentIds = personal.filter((l) => outcome.sent.includes(l.email)).map((l) => l.id);
	await invitations.markSent(organisation.id, sentIds, reminder ? 'remindedAt' : 'sentAt');
	return outcome;
}
