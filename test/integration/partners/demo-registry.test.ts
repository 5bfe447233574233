import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { DEMO_PEOPLE, LEARNING_PLATFORM_DEMO_SUB } from '../../../infra/local/demo-people.ts';
import { DEMO_PARTNER_ORGANISATIONS } from '../../../infra/local/seed/demo-partner-organisations.ts';
import { DEMO_MACHINE_CLIENTS } from '../../../infra/local/auth/demo-machine-clients.ts';
import { seedDemoMachineClients, seedDemoPartnerOrganisations } from '../../../infra/local/seed/seed-demo-partners.ts';
import { DynamoDbMachineClients } from '../../../shared/adapters/dynamodb/dynamodb-machine-clients.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { resolvePartnerOrganisation } from '../../../shared/partners/use-cases/resolve-partner-organisation.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';

const registryStaff: Identity = {
  subject: 'demo-seed',
  email: undefined,
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes: ['*'],
};

describe('the demo registry of partner organisations', () => {
  it('is registered through the use case once: a second seeding registers nothing and changes no version', async () => {
    const organisations = new DynamoDbPartnerOrganisations(documentClient(), requireEnv(ENV.tableName));
    await seedDemoPartnerOrganisations(registryStaff);
    const before = await Promise.all(DEMO_PARTNER_ORGANISATIONS.map(({ id }) => organisations.find(id)));
    assert.ok(before.every((organisation) => organisation !== undefined));
    assert.equal(await seedDemoPartnerOrganisations(registryStaff), 0);
    const after = await Promise.all(DEMO_PARTNER_ORGANISATIONS.map(({ id }) => organisations.find(id)));
    assert.deepEqual(
      after.map((organisation) => organisation?.version),
      before.map((organisation) => organisation?.version),
    );
    const youthPolicy = (await organisations.youthPolicyBodiesOf('59')).map((organisation) => organisation.id);
    assert.ok(youthPolicy.includes('molodezh-perm'));
  });

  it('holds every demo partner’s organisation, their claims agreeing with it (the learning platform apart)', async () => {
    const organisations = new DynamoDbPartnerOrganisations(documentClient(), requireEnv(ENV.tableName));
    await seedDemoPartnerOrganisations(registryStaff);
    const partners = DEMO_PEOPLE.filter((person) => person.role === 'partner' && person.sub !== LEARNING_PLATFORM_DEMO_SUB);
    for (const person of partners) {
      const identity: Identity = {
        subject: person.sub,
        email: person.email,
        roles: ['partner'],
        region: person.region,
        organisation: person.organisation,
        programmes: [],
      };
      const organisation = await resolvePartnerOrganisation({ organisations }, identity);
      assert.equal(organisation.id, person.organisation, person.email);
    }
  });

  it('registers each demo machine client for its organisation, the same on every start', async () => {
    await seedDemoPartnerOrganisations(registryStaff);
    await seedDemoMachineClients(registryStaff);
    await seedDemoMachineClients(registryStaff);
    const clients = new DynamoDbMachineClients(documentClient(), requireEnv(ENV.tableName));
    for (const demo of DEMO_MACHINE_CLIENTS) {
      const stored = await clients.find(demo.clientId);
      assert.equal(stored?.organisationId, demo.organisationId);
      assert.ok(
        DEMO_PARTNER_ORGANISATIONS.some((organisation) => organisation.id === demo.organisationId),
        'a demo organisation',
      );
    }
  });
});
