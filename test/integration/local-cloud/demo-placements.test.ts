import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { findDemoPerson } from '../../../infra/local/demo-people.ts';
import { demoSeason } from '../../../infra/local/seed/demo-season.ts';
import { identityOf } from '../../../infra/local/seed/seed-demo-experts.ts';
import { seedDemoInternships } from '../../../infra/local/seed/seed-demo-internships.ts';
import { seedDemoPartnerOrganisations } from '../../../infra/local/seed/seed-demo-partners.ts';
import { demoMatchingKey, seedDemoPlacements } from '../../../infra/local/seed/seed-demo-placements.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbMatchingRuns } from '../../../shared/adapters/dynamodb/dynamodb-matching-runs.ts';
import { DynamoDbPlacements } from '../../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { matchingRunIdFor } from '../../../shared/internships/domain/matching/matching-run-id.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { ENTITY, rubricAggregateKey } from '../../../shared/platform/keys/keys.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

/**
 * The demo's matching round, seeded through the internships' use cases on the shared test table and
 * the test setup's Step Functions server: Perm Krai's beginners at the regional internship rank the
 * demo's Perm offer, the host ranks one of them, a real round offers the seats, the first two accept.
 */
const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const staff = findDemoPerson('staff') ?? assert.fail('no demo staff member');
const applications = new DynamoDbApplicationRepository(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);
const placements = new DynamoDbPlacements(client, tableName);
const STAGE = 'regional-internship';

/** A beginner of Perm Krai the demo's interview moved to the regional internship, with their expert interview score (or none). */
const beginner = async (season: { readonly id: string; readonly programmeId: string }, score: number | undefined) => {
  const sub = randomUUID();
  const applicationId = randomUUID();
  const at = new Date().toISOString();
  const email = `${sub}@example.org`;
  await storeConsent(client, tableName, sub, at);
  const { version: _version, ...profile } = { ...baseProfile(), contacts: { email } };
  if (!(await profiles.save(sub, profile, 0, at)).saved) throw new Error('profile');
  await applications.create(
    {
      id: applicationId,
      seasonId: season.id,
      programmeId: season.programmeId,
      applicantId: sub,
      stage: STAGE,
      track: { track: 'beginner', rule: 'beginner-default', assignedAt: at },
      preferredInternshipLevel: 'regional',
      answers: {},
      region: '59',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'system', fromStage: 'interview', toStage: STAGE },
  );
  if (score !== undefined) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...rubricAggregateKey(applicationId, 'expert-interview'),
          entity: ENTITY.rubricAggregate,
          rubricId: 'expert-interview',
          score,
        },
      }),
    );
  }
  return { sub, email, stage: STAGE, applicationId, score };
};

describe('the demo’s internship matching round', () => {
  it('offers the Perm offer’s seats to its candidates, two accept, and a later start changes nothing', { timeout: 180_000 }, async () => {
    const now = new Date();
    const { seasonId, programmeId } = await seedOpenSeason(client, tableName, {
      template: prokadryTemplate,
      prefix: 'demo-placements',
      season: { calendar: demoSeason(prokadryTemplate, 'unused', now).calendar },
    });
    const season = (await new DynamoDbSeasonRepository(client, tableName).find(seasonId)) ?? assert.fail('no season');
    await seedDemoPartnerOrganisations(identityOf(staff.sub, ['staff'], undefined));
    await seedDemoInternships([{ season, templateId: 'prokadry' }], staff.sub, now);
    const people = [];
    for (const score of [7.5, undefined, 9, 6.5, 8]) people.push(await beginner({ id: seasonId, programmeId }, score));
    // Someone of the plan who never reached the stage is left alone.
    const cohort = { season, stage: STAGE, people: [...people, { sub: randomUUID(), email: 'nobody@example.org', stage: STAGE }] };

    assert.equal(await seedDemoPlacements(cohort, staff.sub), 4, 'the Perm offer’s four seats');
    const run = await new DynamoDbMatchingRuns(client, tableName).find(seasonId, matchingRunIdFor(seasonId, demoMatchingKey(STAGE)));
    assert.deepEqual(
      [run?.status, run?.applicants, run?.matched, run?.unmatched, run?.unmatchedReasons],
      ['succeeded', 5, 4, 1, { outranked: 1 }],
    );

    // The host ranked the first of its pool (by application id) and took the rest by their interview score, the unscored last.
    const [ranked, ...rest] = [...people].sort((left, right) => (left.applicationId < right.applicationId ? -1 : 1));
    const outranked = [...rest].sort((left, right) => (right.score ?? -1) - (left.score ?? -1)).at(-1);
    const placed = await Promise.all(people.map(async (person) => ({ person, placement: await placements.latest(person.applicationId) })));
    assert.ok(ranked !== undefined && placed.find(({ person }) => person === ranked)?.placement !== undefined);
    assert.deepEqual(
      placed.filter(({ placement }) => placement === undefined).map(({ person }) => person.applicationId),
      [outranked?.applicationId],
    );
    const statuses = placed.flatMap(({ placement }) => (placement === undefined ? [] : [placement.status]));
    assert.deepEqual(statuses.sort(), ['accepted', 'accepted', 'offered', 'offered']);
    assert.equal(placed.find(({ placement }) => placement !== undefined)?.placement?.status, 'accepted', 'the first placed accept');

    assert.equal(await seedDemoPlacements(cohort, staff.sub), 0, 'a later start offers nothing');
    const again = await Promise.all(people.map((person) => placements.latest(person.applicationId)));
    assert.deepEqual(
      again.map((placement) => (placement === undefined ? undefined : `${placement.id} ${placement.status} v${placement.version}`)),
      placed.map(({ placement }) => (placement === undefined ? undefined : `${placement.id} ${placement.status} v${placement.version}`)),
    );
  });
});
