import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { releaseDataToRegion } from '../../../shared/releases/use-cases/release-application-data.ts';
import { listReleasedApplications, readReleasedApplication } from '../../../shared/releases/use-cases/list-released-applications.ts';
import { machineClientReader, partnerReader, type ReleaseReader } from '../../../shared/releases/use-cases/release-reader.ts';
import type { MachineClient } from '../../../shared/releases/machine-client-schema.ts';
import {
  application,
  consentWith,
  FakeDisclosureLog,
  FakeReleaseStore,
  FakeReleaseSubjects,
  fakeOrganisations,
  organisation,
  programme,
  season,
  subjectOf,
} from './release-fakes.ts';

const RELEASED_AT = new Date('2027-10-01T08:00:00.000Z');
const perm = organisation('molodezh-perm');
const moscow = organisation('molodezh-moskva', { region: '77' });

const world = async (fields: Parameters<typeof consentWith>[0] = ['name', 'contacts.email']) => {
  const releases = new FakeReleaseStore();
  const subjects = new FakeReleaseSubjects();
  const disclosures = new FakeDisclosureLog();
  let now = RELEASED_AT;
  const organisations = fakeOrganisations([perm, moscow]);
  const deps = { releases, subjects, disclosures, organisations, newId: randomUUID, clock: () => now };
  const ids = [randomUUID(), randomUUID(), randomUUID()];
  for (const id of ids) {
    const app = application(id);
    subjects.subjects.set(id, subjectOf(app, consentWith(fields)));
    await releaseDataToRegion(
      { ...deps, releaseValidityDays: 365 },
      {
        application: app,
        programme: programme(),
        season: season(),
        move: { from: 'federal-interview', to: 'federal-internship', version: 9 },
      },
    );
  }
  const at = (time: string) => {
    now = new Date(time);
  };
  return { deps, releases, subjects, disclosures, ids, at };
};

const personOf = (organisationId: string, region: string): Identity => ({
  subject: `person-${organisationId}`,
  email: undefined,
  roles: ['partner'],
  region,
  organisation: organisationId,
  programmes: [],
});
const resolverOf = (organisations: ReturnType<typeof fakeOrganisations>) => ({
  resolve: async (identity: Identity) => {
    const found = await organisations.find(identity.organisation ?? '');
    if (found === undefined) throw new Error('not registered');
    return found;
  },
});

describe('reading released data', () => {
  it('gives a page of the organisation’s releases with the consented fields only, each application logged before it is answered', async () => {
    const { deps, disclosures, ids } = await world(['name', 'contacts.email']);
    const reader = await partnerReader(
      { partnerResolver: resolverOf(deps.organisations) },
      personOf('molodezh-perm', '59'),
      'molodezh-perm',
    );
    const page = await listReleasedApplications(deps, reader, { limit: 10 }, 'corr-1');
    assert.deepEqual(page.items.map((item) => item.applicationId).sort(), [...ids].sort());
    for (const item of page.items) {
      assert.deepEqual(item.fields, ['name', 'contacts.email']);
      assert.deepEqual(Object.keys(item.data).sort(), ['contacts', 'name']);
      assert.deepEqual(item.data.contacts, { email: 'plant.email@example.org' });
    }
    assert.equal(disclosures.entries.length, 3);
    for (const entry of disclosures.entries) {
      assert.deepEqual(entry.reader, { kind: 'person', id: 'person-molodezh-perm', role: 'partner' });
      assert.equal(entry.channel, 'ui');
      assert.equal(entry.organisationId, 'molodezh-perm');
      assert.deepEqual(entry.organisationName, perm.name);
      assert.deepEqual(entry.fields, ['name', 'contacts.email']);
      assert.equal(entry.correlationId, 'corr-1');
    }
  });

  it('answers nothing, and sends nothing, when the disclosure log cannot be written', async () => {
    const { deps, disclosures, ids } = await world();
    disclosures.failing = true;
    const reader = await partnerReader(
      { partnerResolver: resolverOf(deps.organisations) },
      personOf('molodezh-perm', '59'),
      'molodezh-perm',
    );
    await assert.rejects(listReleasedApplications(deps, reader, { limit: 10 }, 'corr'), /the log is down/);
    const [id] = ids;
    await assert.rejects(
      readReleasedApplication(deps, reader, (await deps.releases.listForApplication(id ?? ''))[0]?.id ?? '', 'corr'),
      /the log is down/,
    );
  });

  it('gives another organisation’s people nothing: 404 on the path, and its releases never in their lists', async () => {
    const { deps, ids, releases } = await world();
    const partnerResolver = resolverOf(deps.organisations);
    await assert.rejects(partnerReader({ partnerResolver }, personOf('molodezh-moskva', '77'), 'molodezh-perm'), { status: 404 });
    const moscowReader = await partnerReader({ partnerResolver }, personOf('molodezh-moskva', '77'), 'molodezh-moskva');
    assert.deepEqual((await listReleasedApplications(deps, moscowReader, { limit: 10 }, 'c')).items, []);
    const [release] = await releases.listForApplication(ids[0] ?? '');
    await assert.rejects(readReleasedApplication(deps, moscowReader, release?.id ?? '', 'c'), { status: 404 });
  });

  it('stops at expiry and at withdrawal: 404 for the one, left out of the list', async () => {
    const { deps, ids, releases, subjects, at, disclosures } = await world();
    const reader: ReleaseReader = { organisation: perm, reader: { kind: 'person', id: 'p', role: 'partner' }, channel: 'ui' };
    const [first, second] = ids;
    const [withdrawnRelease] = await releases.listForApplication(first ?? '');
    subjects.subjects.set(first ?? '', subjectOf(application(first ?? ''), consentWith(undefined)));
    await assert.rejects(readReleasedApplication(deps, reader, withdrawnRelease?.id ?? '', 'c'), { status: 404 });
    assert.deepEqual(
      (await listReleasedApplications(deps, reader, { limit: 10 }, 'c')).items.map((item) => item.applicationId).sort(),
      [second, ids[2]].sort(),
    );
    const logged = disclosures.entries.length;
    at('2028-10-01T08:00:00.000Z');
    assert.deepEqual((await listReleasedApplications(deps, reader, { limit: 10 }, 'c')).items, []);
    const [expired] = await releases.listForApplication(second ?? '');
    await assert.rejects(readReleasedApplication(deps, reader, expired?.id ?? '', 'c'), { status: 404 });
    assert.equal(disclosures.entries.length, logged, 'nothing read, nothing logged');
  });

  it('stops a region’s release once its body is retired or moved to another region in the registry', async () => {
    const { deps } = await world();
    for (const changed of [organisation('molodezh-perm', { retired: true }), organisation('molodezh-perm', { region: '77' })]) {
      const reader: ReleaseReader = { organisation: changed, reader: { kind: 'person', id: 'p', role: 'partner' }, channel: 'ui' };
      assert.deepEqual((await listReleasedApplications(deps, reader, { limit: 10 }, 'c')).items, []);
    }
  });

  it('reads for a machine client’s registered organisation only; an unregistered client gets 404', async () => {
    const { deps, disclosures } = await world();
    const registry = new Map<string, MachineClient>([
      [
        'perm-portal',
        {
          clientId: 'perm-portal',
          organisationId: 'molodezh-perm',
          name: 'Портал',
          registeredAt: '2027-01-01T00:00:00.000Z',
          registeredBy: 'staff',
        },
      ],
    ]);
    const machineClients = {
      find: async (id: string) => registry.get(id),
      save: async () => assert.fail('not here'),
      remove: async () => assert.fail('not here'),
      listForOrganisation: async () => assert.fail('not here'),
    };
    const machine = (clientId: string): Identity => ({
      subject: clientId,
      email: undefined,
      roles: [],
      region: undefined,
      organisation: undefined,
      programmes: [],
      clientId,
      scopes: ['cadre-partners/releases.read'],
    });
    const reader = await machineClientReader({ machineClients, organisations: deps.organisations }, machine('perm-portal'));
    assert.equal((await listReleasedApplications(deps, reader, { limit: 10 }, 'c')).items.length, 3);
    assert.ok(
      disclosures.entries.every(
        (entry) => entry.channel === 'api' && entry.reader.kind === 'machine-client' && entry.reader.id === 'perm-portal',
      ),
    );
    await assert.rejects(machineClientReader({ machineClients, organisations: deps.organisations }, machine('stranger')), {
      status: 404,
      code: 'machine-client-not-registered',
    });
  });
});
