import * as accounts from '../../src/lib/server/auth/accounts';
import * as organisations from '../../src/lib/server/organisations';

let counter = 0;

/** An account; verified unless `verified: false` (as if its owner had opened the mailed link). */
export async function createUser(name = 'Test Person', options: { verified?: boolean } = {}) {
	counter += 1;
	const email = `person${counter}-${Math.random().toString(36).slice(2, 7)}@example.test`;
	const result = await accounts.signUp(
		{ name, email, password: 'correct horse battery' },
		{ verified: options.verified ?? true }
	);
	if (!result.ok) throw new Error('could not create user');
	return { id: result.userId, email, name, password: 'correct horse battery' };
}

export async function createOrganisation(leadId: string, name = 'Acme Ltd') {
	return organisations.create(leadId, { name, sector: 'Manufacturing', sizeBand: '250–999' });
}
