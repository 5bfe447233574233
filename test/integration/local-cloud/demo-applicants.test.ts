import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { findDemoPerson } from '../../../infra/local/demo-people.ts';
import { demoPopulation, type DemoApplicant } from '../../../infra/local/seed/demo-population.ts';
import { seedDemoCohort } from '../../../infra/local/seed/seed-demo-applications.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { DAY_MS, seedOpenSeason } from '../../support/seed-open-season.ts';

/**
 * The demo applicants' seeding, on the shared test table: people who only start a draft (no mail,
 * no upload), so nothing here reaches another test's queue. test/e2e/demo-data.e2e.test.ts seeds
 * the whole demo through npm start.
 */
const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const staff = findDemoPerson('staff') ?? assert.fail('no demo staff member');

/** Demo pupils and tutors of Кадры будущего who consent, save a profile and start a draft, under subs of their own. */
const drafters = (count: number): DemoApplicant[] =>
  demoPopulation(kadryBudushchegoTemplate, 1, '2026-08-31')
    .slice(0, count)
    .map((applicant) => ({
      ...applicant,
      sub: randomUUID(),
      draft: undefined,
      uploads: [],
      submit: false,
      decisions: [],
      withdraw: false,
    }));

const seasonWith = async (calendar: { readonly opensAt: number; readonly closesAt: number }) => {
  const now = Date.now();
  const { seasonId } = await seedOpenSeason(client, tableName, {
    template: kadryBudushchegoTemplate,
    prefix: 'demo',
    season: {
      calendar: [
        {
          stage: 'application',
          opensAt: new Date(now + calendar.opensAt).toISOString(),
          closesAt: new Date(now + calendar.closesAt).toISOString(),
        },
      ],
    },
  });
  return (await new DynamoDbSeasonRepository(client, tableName).find(seasonId)) ?? assert.fail('the season is gone');
};

describe('seeding a demo season’s applicants', () => {
  it('creates each person’s draft through the use cases once: a second run finds them and adds nobody', async () => {
    const season = await seasonWith({ opensAt: -DAY_MS, closesAt: DAY_MS });
    const applicants = drafters(3);
    const first = await seedDemoCohort({ season, applicants }, staff, new Date());
    const second = await seedDemoCohort({ season, applicants }, staff, new Date());
    assert.deepEqual([first.added, second.added], [3, 0]);
    const applications = new DynamoDbApplicationRepository(client, tableName);
    for (const applicant of applicants) {
      const mine = await applications.listForApplicant(applicant.sub, { limit: 10 });
      assert.deepEqual(
        mine.items.map((application) => [application.seasonId, application.stage]),
        [[season.id, 'application']],
        'one draft each, however many runs',
      );
    }
  });

  it('leaves a season whose application window has closed as it is, and says why', async () => {
    const season = await seasonWith({ opensAt: -30 * DAY_MS, closesAt: -DAY_MS });
    const seeded = await seedDemoCohort({ season, applicants: drafters(2) }, staff, new Date());
    assert.equal(seeded.added, 0);
    assert.match(seeded.notSeeded ?? '', /application window closed/);
  });
});
