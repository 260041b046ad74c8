import { anonymousLinks } from '../tests/support/respond';
import { createOpenCycle, freshDatabase, main, signInDemoLead, startApp } from './support/app';
await main(async () => {
	const db = await freshDatabase('pglite', 'probe');
	const app = await startApp(db);
	const { lead, orgId } = await signInDemoLead(app.baseUrl);
	const cycleId = await createOpenCycle(lead, orgId, 'Probe', ['sales', 'service']);
	const links = await anonymousLinks(lead, orgId, cycleId, 'sales', 3);
	console.log('LINKS', links.join(' '));
	await new Promise((r) => setTimeout(r, 3_000_000));
});
