import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { DATA_SHARING_FIELDS, type DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbReleaseStore } from '../../../shared/adapters/dynamodb/dynamodb-release-store.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { PLANTED_MARKERS } from '../../support/planted-profile.ts';
import {
  api,
  dataReleasesOf,
  disclosuresOf,
  expectStatus,
  federalIntern,
  finalist,
  firstReleaseIdOf,
  machineClaims,
  machineRelease,
  newMachineClientId,
  organisationRelease,
  organisationReleases,
  registerMachineClient,
  registryOperator,
  releaseWorld,
  seasonDisclosures,
  toFederalInternship,
  type ReleaseWorld,
} from './release-world.ts';

/**
 * ПроКадры's last step, through the API: a finalist who consented to share some fields with their
 * region's youth-policy body moves to the federal internship; the move's effect releases exactly
 * those fields to that body; its person, its machine client and a mailed export read them, each
 * read logged; the finalist sees every read at GET /me/disclosures; withdrawing the consent stops
 * every read at once. The planted profile fills every field, so each path is searched for a field
 * that was not consented to.
 */
const CONSENTED: DataSharingField[] = ['name', 'contacts.email', 'education', 'track', 'stage', 'interviewScores'];

const releases = new DynamoDbReleaseStore(documentClient(), requireEnv(ENV.tableName));

/** Nothing of a field not consented to is anywhere in `text`; every planted value of a consented one is. */
const assertOnlyConsented = (text: string, what: string): void => {
  for (const field of DATA_SHARING_FIELDS)
    for (const marker of PLANTED_MARKERS[field] ?? [])
      assert.equal(text.includes(marker), CONSENTED.includes(field), `${what}: ${field} (${marker})`);
};

type Released = { releaseId: string; applicationId: string; fields: string[]; data: Record<string, unknown> };

const assertReleased = (item: Released | undefined, world: ReleaseWorld, what: string): void => {
  assert.ok(item, what);
  assert.deepEqual(item.fields, CONSENTED, what);
  assert.deepEqual(Object.keys(item.data).sort(), ['contacts', 'education', 'interviewScores', 'name', 'stage', 'track'], what);
  assert.deepEqual(item.data['contacts'], { email: 'plant.email@example.org' }, what);
  assert.equal(item.data['stage'], 'federal-internship', what);
  assert.equal(item.data['track'], 'young', what);
  assert.deepEqual(item.data['interviewScores'], [{ rubricId: 'ministry-interview', score: 8.4 }], what);
  assert.equal(item.data['region'], undefined, `${what}: the region was not consented to (${world.region})`);
  assertOnlyConsented(JSON.stringify(item), what);
};

describe('ПроКадры finalists’ data, released to their region with their consent', () => {
  it('goes to the region’s youth-policy body alone, is read by its person, its machine client and an export, and every read is logged', async () => {
    const world = await releaseWorld();
    const consenting = await finalist(world, CONSENTED);
    const silent = await finalist(world, undefined);
    await toFederalInternship(world, consenting.application.id);
    await toFederalInternship(world, silent.application.id);

    // Staff see what was released to whom, and why nothing was for the one who did not consent.
    const released = await dataReleasesOf(world, consenting.application.id);
    assert.deepEqual(
      released.decisions.map((decision) => [decision.outcome, decision.region, decision.releases.map((item) => item.organisationId)]),
      [['released', world.region, [world.body.id]]],
    );
    assert.deepEqual(
      released.releases.map((release) => [release.organisationId, release.status, release.fields]),
      [[world.body.id, 'readable', CONSENTED]],
    );
    const [releaseId] = released.releases.map((release) => release.id);
    assert.ok(releaseId);
    assert.deepEqual(
      (await dataReleasesOf(world, silent.application.id)).decisions.map((decision) => decision.outcome),
      ['consent-missing'],
    );
    const pending = expectStatus(
      await api.applications({
        method: 'GET',
        route: '/applications/{applicationId}/pending-effects',
        pathParameters: { applicationId: consenting.application.id },
        claims: world.staff,
      }),
      200,
      'pending effects',
    );
    assert.deepEqual(pending['items'], [], 'the release is carried out, not owed');

    // The region's body's person: a page and the one release.
    const page = expectStatus(await organisationReleases(world, world.body.id, world.bodyPerson), 200, 'the body’s page');
    const items = page['items'] as Released[];
    assert.deepEqual(
      items.map((item) => item.applicationId),
      [consenting.application.id],
      'the finalist who did not consent is not there',
    );
    assertReleased(items[0], world, 'page');
    const one = expectStatus(await organisationRelease(world.body.id, releaseId, world.bodyPerson), 200, 'one release');
    assertReleased(one as Released, world, 'single');

    // The body's portal, a machine client staff registered for it.
    const clientId = newMachineClientId();
    expectStatus(await registerMachineClient(world.body.id, clientId, 'Кадровый портал (тест)'), 201, 'the machine client registered');
    const machinePage = expectStatus(
      await api.partners({
        method: 'GET',
        route: '/partner-api/releases',
        query: { seasonId: world.seasonId },
        claims: machineClaims(clientId),
      }),
      200,
      'the machine API’s page',
    );
    assertReleased((machinePage['items'] as Released[])[0], world, 'machine page');
    const machineOne = expectStatus(await machineRelease(clientId, releaseId), 200, 'the machine API’s release');
    assertReleased(machineOne as Released, world, 'machine single');

    // A push export, mailed to the body's contact, opened through its link.
    const exported = expectStatus(
      await api.partners({
        method: 'POST',
        route: '/partner-organisations/{organisationId}/release-exports',
        pathParameters: { organisationId: world.body.id },
        claims: world.bodyPerson,
        body: { seasonId: world.seasonId, format: 'csv' },
      }),
      201,
      'the export',
    );
    assert.deepEqual([exported['applications'], exported['mailedTo']], [1, 1]);
    const mail = await storedMail(`release-export#${String(exported['id'])}#0`);
    assert.ok(mail, 'the link is mailed to the organisation’s contact');
    assert.deepEqual(mail['to'], [world.body.contacts[0]?.email]);
    assert.ok(!JSON.stringify(exported).includes('key='), 'the caller never sees the link');
    const link = /\/release-exports\/([0-9a-f-]{36})\/file\?key=([A-Za-z0-9_-]{43})/.exec(String(mail['text']));
    assert.ok(link, 'the mail carries the link');
    const [, exportId = '', key = ''] = link;
    const redirect = await api.partners({
      method: 'GET',
      route: '/release-exports/{exportId}/file',
      pathParameters: { exportId },
      query: { key },
    });
    assert.equal(redirect.status, 303);
    const file = await fetch(String(redirect.headers['location']));
    assert.equal(file.status, 200);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    const csv = bytes.subarray(3).toString('utf8');
    assert.ok(csv.startsWith('releaseId,'));
    assertOnlyConsented(csv, 'export file');
    assert.ok(csv.includes(consenting.application.id) && !csv.includes(silent.application.id));
    const wrongKey = await api.partners({
      method: 'GET',
      route: '/release-exports/{exportId}/file',
      pathParameters: { exportId },
      query: { key: 'A'.repeat(43) },
    });
    assert.equal(wrongKey.status, 404);

    // The finalist sees every read: the person's page and release, the machine's page and release, the export.
    const mine = expectStatus(await disclosuresOf(consenting.claims), 200, 'my disclosures');
    const entries = mine['items'] as { channel: string; organisationId: string; fields: string[]; reader?: unknown }[];
    assert.deepEqual(entries.map((entry) => entry.channel).sort(), ['api', 'api', 'export', 'ui', 'ui']);
    assert.ok(entries.every((entry) => entry.organisationId === world.body.id && entry.reader === undefined));
    assert.ok(entries.every((entry) => JSON.stringify(entry.fields) === JSON.stringify(CONSENTED)));
    assert.deepEqual(expectStatus(await disclosuresOf(silent.claims), 200, 'nothing read')['items'], []);
    // Staff see who read it.
    const logged = expectStatus(
      await api.partners({
        method: 'GET',
        route: '/applications/{applicationId}/disclosures',
        pathParameters: { applicationId: consenting.application.id },
        claims: world.staff,
      }),
      200,
      'the application’s log',
    );
    assert.deepEqual(
      (logged['items'] as { reader: { kind: string; id: string } }[]).map((entry) => `${entry.reader.kind}:${entry.reader.id}`).sort(),
      [
        `machine-client:${clientId}`,
        `machine-client:${clientId}`,
        `person:${world.bodyPerson['sub']}`,
        `person:${world.bodyPerson['sub']}`,
        `person:${world.bodyPerson['sub']}`,
      ],
    );
    const season = expectStatus(await seasonDisclosures(world, { limit: '2' }), 200, 'the season’s log');
    assert.equal((season['items'] as unknown[]).length, 2);
    const rest = expectStatus(
      await seasonDisclosures(world, { limit: '10', cursor: String(season['nextCursor']) }),
      200,
      'the rest of the season’s log',
    );
    const ats = [...(season['items'] as { at: string }[]), ...(rest['items'] as { at: string }[])].map((entry) => entry.at);
    assert.equal(ats.length, 5, 'every entry once, across the pages');
    assert.deepEqual(ats, [...ats].sort().reverse(), 'newest first');
  });

  it('answers other regions’ and organisations’ people and machine clients 404, and lists them nothing', async () => {
    const world = await releaseWorld();
    const consenting = await federalIntern(world, CONSENTED);
    const releaseId = await firstReleaseIdOf(world, consenting.application.id);

    const foreignPath = await api.partners({
      method: 'GET',
      route: '/partner-organisations/{organisationId}/releases',
      pathParameters: { organisationId: world.body.id },
      claims: world.otherPerson,
    });
    assert.equal(foreignPath.status, 404);
    const foreignOne = await organisationRelease(world.otherBody.id, releaseId, world.otherPerson);
    assert.equal(foreignOne.status, 404);
    const ownList = expectStatus(
      await organisationReleases(world, world.otherBody.id, world.otherPerson),
      200,
      'the other body’s own list',
    );
    assert.deepEqual(ownList['items'], []);

    const otherClient = newMachineClientId();
    expectStatus(await registerMachineClient(world.otherBody.id, otherClient, 'Портал другого региона'), 201, 'the other body’s client');
    const theirs = await machineRelease(otherClient, releaseId);
    assert.equal(theirs.status, 404);
    const unregistered = await api.partners({
      method: 'GET',
      route: '/partner-api/releases',
      claims: machineClaims(`stray-${randomUUID().slice(0, 8)}`),
    });
    assert.deepEqual([unregistered.status, unregistered.body['code']], [404, 'machine-client-not-registered']);
    const withoutScope = await api.partners({
      method: 'GET',
      route: '/partner-api/releases',
      claims: machineClaims(otherClient, 'other/scope'),
    });
    assert.equal(withoutScope.status, 403);
    // A client id is one organisation's: staff cannot move it silently.
    const taken = await registerMachineClient(world.body.id, otherClient, 'Захват');
    assert.deepEqual([taken.status, taken.body['code']], [409, 'machine-client-taken']);
    const scoped = await registerMachineClient(world.body.id, `x-${randomUUID().slice(0, 8)}`, 'Не оператор', world.staff);
    assert.deepEqual([scoped.status, scoped.body['code']], [403, 'registry-scope-required']);
    assert.deepEqual(expectStatus(await disclosuresOf(consenting.claims), 200, 'nothing was read')['items'], []);
  });

  it('stops every read the moment the finalist withdraws the consent, and a removed machine client reads nothing', async () => {
    const world = await releaseWorld();
    const consenting = await federalIntern(world, CONSENTED);
    const releaseId = await firstReleaseIdOf(world, consenting.application.id);
    const clientId = newMachineClientId();
    expectStatus(await registerMachineClient(world.body.id, clientId, 'Портал'), 201, 'the client');
    const read = () => organisationRelease(world.body.id, releaseId, world.bodyPerson);
    assert.equal((await read()).status, 200);

    expectStatus(
      await api.applications({
        method: 'POST',
        route: '/me/consents/data-sharing/withdrawal',
        claims: consenting.claims,
        body: { purpose: 'region' },
      }),
      201,
      'the withdrawal',
    );
    assert.equal((await read()).status, 404);
    const list = expectStatus(await organisationReleases(world, world.body.id, world.bodyPerson), 200, 'the list after the withdrawal');
    assert.deepEqual(list['items'], []);
    assert.equal((await machineRelease(clientId, releaseId)).status, 404);
    const noExport = await api.partners({
      method: 'POST',
      route: '/partner-organisations/{organisationId}/release-exports',
      pathParameters: { organisationId: world.body.id },
      claims: world.staff,
      body: { seasonId: world.seasonId, format: 'json' },
    });
    assert.deepEqual([noExport.status, noExport.body['code']], [409, 'no-releases-to-export']);
    assert.equal((await dataReleasesOf(world, consenting.application.id)).releases[0]?.status, 'consent-withdrawn');
    const mine = expectStatus(await disclosuresOf(consenting.claims), 200, 'mine');
    assert.equal((mine['items'] as unknown[]).length, 1, 'only the read before the withdrawal');

    const removed = await api.partners({
      method: 'DELETE',
      route: '/partner-organisations/{organisationId}/machine-clients/{clientId}',
      pathParameters: { organisationId: world.body.id, clientId },
      claims: registryOperator,
    });
    assert.equal(removed.status, 204);
    const gone = await api.partners({ method: 'GET', route: '/partner-api/releases', claims: machineClaims(clientId) });
    assert.deepEqual([gone.status, gone.body['code']], [404, 'machine-client-not-registered']);
  });

  it('answers an expired release 404 and lists it no more, while the consent still stands', async () => {
    const world = await releaseWorld();
    const consenting = await federalIntern(world, CONSENTED);
    const [release] = await releases.listForApplication(consenting.application.id);
    assert.ok(release);
    // The same grant, a year on: what the table holds once the release's twelve months are over.
    const expired = { ...release, id: randomUUID(), releasedAt: '2025-01-10T10:00:00.000Z', validUntil: '2026-01-10T10:00:00.000Z' };
    assert.equal(await releases.create(expired), 'created');
    const clientId = newMachineClientId();
    expectStatus(await registerMachineClient(world.body.id, clientId, 'Портал'), 201, 'the client');
    const byPerson = await organisationRelease(world.body.id, expired.id, world.bodyPerson);
    assert.equal(byPerson.status, 404);
    const byMachine = await machineRelease(clientId, expired.id);
    assert.equal(byMachine.status, 404);
    const list = expectStatus(await organisationReleases(world, world.body.id, world.bodyPerson), 200, 'the list');
    assert.deepEqual(
      (list['items'] as Released[]).map((item) => item.releaseId),
      [release.id],
      'the live release only',
    );
    const statuses = (await dataReleasesOf(world, consenting.application.id)).releases.map((item) => [item.id, item.status]);
    assert.deepEqual(
      new Map(statuses as [string, string][]),
      new Map([
        [release.id, 'readable'],
        [expired.id, 'expired'],
      ]),
    );
  });
});
