import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { expertClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);

const profileBody = {
  displayName: 'Ольга Кузнецова',
  competences: ['social-projects', 'technology', 'not-in-this-programme'],
  languages: ['ru', 'en'],
  region: '59',
  organisation: 'ФГБОУ ВО «Пермский государственный университет»',
  capacityPerSeason: 20,
  available: true,
  declaredConflicts: [
    { kind: 'organisation', name: 'АНО «Молодёжный центр»' },
    { kind: 'region', region: '77' },
  ],
};

const newExpert = (): Claims => expertClaims(`expert-${randomUUID()}`);

const saveProfile = (expert: Claims, body: Record<string, unknown>) =>
  callReviews({ method: 'PUT', route: '/me/expert-profile', claims: expert, body });

const season = async () => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template: obedinenieNastavnikovTemplate, prefix: 'reviews' });
  return { seasonId, staff: staffClaims(programmeId) };
};

const place = (staff: Claims, seasonId: string, expertId: string, capacity: number) =>
  callReviews({
    method: 'PUT',
    route: '/seasons/{seasonId}/experts/{expertId}',
    pathParameters: { seasonId, expertId },
    claims: staff,
    body: { capacity },
  });

describe('experts’ profiles and a season’s expert pool', { timeout: 60_000 }, () => {
  it('lets an expert create, read and replace their own profile at the version read', async () => {
    const expert = newExpert();
    assert.equal((await callReviews({ method: 'GET', route: '/me/expert-profile', claims: expert })).status, 404);

    const created = await saveProfile(expert, profileBody);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body['version'], 1);
    assert.equal(created.body['expertId'], expert['sub']);
    const read = await callReviews({ method: 'GET', route: '/me/expert-profile', claims: expert });
    assert.deepEqual(read.body, created.body);

    const { organisation: _dropped, ...withoutOrganisation } = profileBody;
    const replaced = await saveProfile(expert, { ...withoutOrganisation, capacityPerSeason: 10, version: 1 });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.equal(replaced.body['version'], 2);
    assert.equal(replaced.body['organisation'], undefined, 'a field left out of a whole-profile save is gone');

    const stale = await saveProfile(expert, { ...profileBody, version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body['code'], 'version-conflict');
  });

  it('refuses a malformed profile with every field at fault named, and stores nothing', async () => {
    const expert = newExpert();
    const refused = await saveProfile(expert, {
      ...profileBody,
      languages: [],
      region: '99',
      capacityPerSeason: 100_000,
      declaredConflicts: [{ kind: 'person' }],
    });
    assert.equal(refused.status, 400);
    const fields = (refused.body['errors'] as { field: string }[]).map((problem) => problem.field).sort();
    assert.deepEqual(fields, ['body.capacityPerSeason', 'body.declaredConflicts.0.name', 'body.languages', 'body.region']);
    assert.equal((await callReviews({ method: 'GET', route: '/me/expert-profile', claims: expert })).status, 404);
  });

  it('puts an expert in a season’s pool with the competences the programme knows, and lists the pool with load and progress', async () => {
    const { seasonId, staff } = await season();
    const expert = newExpert();
    const expertId = expert['sub']!;
    assert.equal((await place(staff, seasonId, expertId, 5)).body['code'], 'expert-profile-missing');

    await saveProfile(expert, profileBody);
    assert.equal((await place(staff, seasonId, expertId, 21)).body['code'], 'capacity-above-expert-limit');
    const placed = await place(staff, seasonId, expertId, 15);
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    assert.deepEqual(
      {
        competences: placed.body['competences'],
        load: placed.body['load'],
        submitted: placed.body['submitted'],
        capacity: placed.body['capacity'],
      },
      { competences: ['social-projects', 'technology'], load: 0, submitted: 0, capacity: 15 },
    );

    const changed = await place(staff, seasonId, expertId, 8);
    assert.equal(changed.body['capacity'], 8);
    assert.equal(changed.body['addedAt'], placed.body['addedAt'], 'placing again keeps when the expert joined');

    const others = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const other = newExpert();
        await saveProfile(other, profileBody);
        await place(staff, seasonId, other['sub']!, 4);
        return other['sub']!;
      }),
    );
    const listed: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await callReviews({
        method: 'GET',
        route: '/seasons/{seasonId}/experts',
        pathParameters: { seasonId },
        query: { limit: '2', ...(cursor === undefined ? {} : { cursor }) },
        claims: staff,
      });
      assert.equal(page.status, 200, JSON.stringify(page.body));
      listed.push(...(page.body['items'] as { expertId: string }[]).map((member) => member.expertId));
      cursor = page.body['nextCursor'] as string | undefined;
    } while (cursor !== undefined);
    assert.deepEqual(listed, [expertId, ...others].sort());
  });

  it('takes an expert out of the pool, and answers 404 for one not in it', async () => {
    const { seasonId, staff } = await season();
    const expert = newExpert();
    await saveProfile(expert, profileBody);
    await place(staff, seasonId, expert['sub']!, 3);
    const remove = () =>
      callReviews({
        method: 'DELETE',
        route: '/seasons/{seasonId}/experts/{expertId}',
        pathParameters: { seasonId, expertId: expert['sub']! },
        claims: staff,
      });
    assert.equal((await remove()).status, 204);
    assert.equal((await remove()).status, 404);
  });

  it('hides another programme’s pool behind 404, and keeps experts and applicants off the staff routes', async () => {
    const { seasonId } = await season();
    const outsider = staffClaims('some-other-programme');
    const listAs = (claims: Claims) =>
      callReviews({ method: 'GET', route: '/seasons/{seasonId}/experts', pathParameters: { seasonId }, claims });
    assert.equal((await listAs(outsider)).status, 404);
    assert.equal((await listAs(newExpert())).status, 403);
    const expert = newExpert();
    await saveProfile(expert, profileBody);
    assert.equal((await place(outsider, seasonId, expert['sub']!, 3)).status, 404);
  });
});
