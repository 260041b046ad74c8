import * as accounts from '../../src/lib/server/auth/accounts';
import * as organisations from '../../src/lib/server/organisations';

let counter = 0;

export async function createUser(name = 'Test Person') {
	counter += 1;
	const email = `person${counter}-${Math.random().toString(36).slice(2, 7)}@example.test`;
	const result = await accounts.signUp({ name, email, password: 'correct horse battery' });
	if (!result.ok) throw new Error('could not create user');
	return { id: result.userId, email, name, password: 'correct horse battery' };
}

export async function createOrganisation(leadId: string, name = 'Acme Ltd') {
	return organisations.create(leadId, { name, sector: 'Manufacturing', sizeBand: '250–999' });
}
