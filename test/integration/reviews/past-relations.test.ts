import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { peopleRelationsKey } from '../../../shared/platform/keys/keys.ts';
import { call } from '../../support/application-fixtures.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { expertClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';
import { assign, expertProfile, RUBRIC, reviewSeason, STAGE, type ReviewSeason } from './review-world.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);

/** A person with an applicant account and a profile giving their address: what ties them to an expert account. */
const applicant = async (): Promise<{ readonly applicantId: string; readonly email: string }> => {
  const applicantId = randomUUID();
  const email = `person-${applicantId.slice(0, 8)}@example.org`;
  const at = new Date().toISOString();
  await storeConsent(client, tableName, applicantId, at);
  const { version: _version, ...profile } = { ...baseProfile(), contacts: { email } };
  const saved = await profiles.save(applicantId, profile, 0, at);
  if (!saved.saved) throw new Error('The applicant profile was not saved');
  return { applicantId, email };
};

/** A submitted application of `applicantId` in a season, at `stage`, written through the repository. */
const applicationOf = async (
  season: { readonly programmeId: string; readonly seasonId: string },
  applicantId: string,
  stage: string,
  participantRole?: string,
): Promise<string> => {
  const id = randomUUID();
  const at = new Date().toISOString();
  await applications.create(
    {
      id,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage,
      ...(participantRole === undefined ? {} : { participantRole }),
      projectDescription: 'Клуб юных инженеров при сельской школе: кружки, наставники с завода, летние проекты.',
      answers: {},
      region: '59',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'staff:test', fromStage: 'selection', toStage: stage },
  );
  return id;
};

/**
 * A 2024 season of Кадры будущего with one team: Anna, Timur and Pavel as members, Maria as
 * their mentor, saved by staff through the team route.
 */
const earlierTeam = async () => {
  const season = await seedOpenSeason(client, tableName, {
    template: kadryBudushchegoTemplate,
    prefix: 'relations',
    season: {
      title: { ru: 'Сезон 2024', en: 'Season 2024' },
      referenceDate: '2024-08-31',
      calendar: [{ stage: 'application', opensAt: '2024-05-01T00:00:00.000Z', closesAt: '2024-08-01T00:00:00.000Z' }],
    },
  });
  const staff = staffClaims(season.programmeId);
  const [anna, timur, pavel, maria] = await Promise.all([applicant(), applicant(), applicant(), applicant()]);
  const [annaAt, timurAt, pavelAt, mariaAt] = await Promise.all([
    applicationOf(season, anna.applicantId, 'regional-school', 'pupil'),
    applicationOf(season, timur.applicantId, 'regional-school', 'pupil'),
    applicationOf(season, pavel.applicantId, 'regional-school', 'tutor'),
    applicationOf(season, maria.applicantId, 'regional-school', 'mentor'),
  ]);
  const teamId = `sever-${randomUUID().slice(0, 8)}`;
  const route = { route: '/seasons/{seasonId}/teams/{teamId}', pathParameters: { seasonId: season.seasonId, teamId }, claims: staff };
  const saved = await call({
    method: 'PUT',
    ...route,
    body: { name: 'Север', members: [annaAt, timurAt, pavelAt], mentor: mariaAt, version: 0 },
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  return { seasonId: season.seasonId, teamId, anna, timur, maria, dissolve: () => call({ method: 'DELETE', ...route }) };
};

/** An expert who signs in with `email`, with a profile, in the season's pool. */
const expertSigningInAs = async (season: ReviewSeason, email: string): Promise<Claims> => {
  const expert: Claims = { ...expertClaims(`expert-${randomUUID()}`), email };
  const saved = await callReviews({ method: 'PUT', route: '/me/expert-profile', claims: expert, body: expertProfile });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  const placed = await callReviews({
    method: 'PUT',
    route: '/seasons/{seasonId}/experts/{expertId}',
    pathParameters: { seasonId: season.seasonId, expertId: expert['sub']! },
    claims: season.staff,
    body: { capacity: 10 },
  });
  assert.equal(placed.status, 200, JSON.stringify(placed.body));
  return expert;
};

const conflictsNamed = (body: Record<string, unknown>): string[] =>
  ((body['errors'] as { code: string; message: { en: string } }[] | undefined) ?? []).map(
    (problem) => `${problem.code}: ${problem.message.en}`,
  );

describe('conflicts of interest from past team and mentoring relations', { timeout: 90_000 }, () => {
  it('refuses a teammate or the mentor of an earlier season, and the applicant themselves, as reviewers; staff may override with a reason', async () => {
    const team = await earlierTeam();
    const season = await reviewSeason();
    const annaNow = await applicationOf(season, team.anna.applicantId, STAGE);
    const strangerNow = await applicationOf(season, (await applicant()).applicantId, STAGE);
    const [timur, maria, anna, stranger] = await Promise.all([
      expertSigningInAs(season, team.timur.email),
      expertSigningInAs(season, team.maria.email.toUpperCase()),
      expertSigningInAs(season, team.anna.email),
      expertSigningInAs(season, 'someone-else@example.org'),
    ]);
    const where = `team ${team.teamId}, season ${team.seasonId}`;

    const refused = await assign(season, annaNow, timur);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body['code'], 'conflict-of-interest');
    assert.deepEqual(conflictsNamed(refused.body), [
      `conflict-past-relation: Conflict (relation): past-relation — past team relation (${where})`,
    ]);
    assert.deepEqual(conflictsNamed((await assign(season, annaNow, maria)).body), [
      `conflict-past-relation: Conflict (relation): past-relation — past mentoring relation (${where})`,
    ]);
    assert.deepEqual(
      conflictsNamed((await assign(season, annaNow, anna)).body).map((named) => named.split(':')[0]),
      ['conflict-same-person'],
    );
    assert.ok(!JSON.stringify(refused.body).includes(team.timur.email), 'no address in the refusal');
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: peopleRelationsKey(team.anna.applicantId) }));
    const entries = [...((Item?.['relations'] as Set<string> | undefined) ?? [])];
    assert.equal(entries.length, 3, 'Anna’s two teammates and her mentor');
    assert.ok(!entries.some((entry) => entry.includes('@')), 'digests, never addresses');

    assert.equal((await assign(season, strangerNow, timur)).status, 201, 'a relation conflicts with its own people only');
    assert.equal((await assign(season, annaNow, stranger)).status, 201, 'an unrelated expert is unaffected');

    const overridden = await assign(season, annaNow, maria, {
      override: { reason: 'Наставница сменила направление; других экспертов нет.' },
    });
    assert.equal(overridden.status, 201, JSON.stringify(overridden.body));
    assert.deepEqual((overridden.body['conflictOverride'] as Record<string, unknown>)['conflicts'], [
      { kind: 'past-relation', source: 'relation', detail: `past mentoring relation (${where})` },
    ]);
  });

  it('keeps the relation after the team is dissolved, and the assignment run plans around it', async () => {
    const team = await earlierTeam();
    assert.equal((await team.dissolve()).status, 204);
    const season = await reviewSeason();
    const annaNow = await applicationOf(season, team.anna.applicantId, STAGE);
    const strangerNow = await applicationOf(season, (await applicant()).applicantId, STAGE);
    const [timur, maria, stranger] = await Promise.all([
      expertSigningInAs(season, team.timur.email),
      expertSigningInAs(season, team.maria.email),
      expertSigningInAs(season, 'someone-else@example.org'),
    ]);

    assert.equal((await assign(season, annaNow, timur)).body['code'], 'conflict-of-interest', 'a dissolved team stays a past relation');

    const planned = await callReviews({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignments',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { rubricId: RUBRIC, dryRun: true, limit: 100 },
    });
    assert.equal(planned.status, 200, JSON.stringify(planned.body));
    const page = planned.body as { assignments: { applicationId: string; expertId: string }[]; unassigned: unknown[] };
    const reviewersOf = (applicationId: string) =>
      page.assignments
        .filter((planned) => planned.applicationId === applicationId)
        .map((planned) => planned.expertId)
        .sort();
    assert.deepEqual(reviewersOf(annaNow), [stranger['sub']], 'only the stranger reviews Anna');
    assert.equal(reviewersOf(strangerNow).length, 2);
    assert.ok(reviewersOf(strangerNow).every((expertId) => [timur['sub'], maria['sub'], stranger['sub']].includes(expertId)));
    assert.deepEqual(page.unassigned, [{ applicationId: annaNow, missing: 1, reason: 'all-qualified-conflicted' }]);
  });
});
