import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { DynamoDbCalendarJobs } from '../../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { seedDemoData } from '../../../infra/local/seed/seed-demo-data.ts';
import { seasonBody, uniqueId } from '../../support/call-programmes.ts';

const repository = () => new DynamoDbSeasonRepository(documentClient(), requireEnv(ENV.tableName));

const draft = (programmeId: string, id: string): Season => ({
  ...seasonBody(id),
  questions: [],
  programmeId,
  status: 'draft',
  version: 1,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  openingAttempts: 0,
});

describe('DynamoDB season repository', () => {
  it('changes status only from the allowed statuses, and reports a missing season', async () => {
    const seasons = repository();
    const season = draft(uniqueId('prog'), uniqueId('season'));
    await seasons.create(season);
    const opening = await seasons.changeStatus({
      seasonId: season.id,
      from: ['draft'],
      to: 'opening',
      at: new Date().toISOString(),
      countOpeningAttempt: true,
    });
    assert.equal(opening.outcome, 'changed');
    assert.equal(opening.season.openingAttempts, 1);
    const refused = await seasons.changeStatus({ seasonId: season.id, from: ['draft'], to: 'opening', at: new Date().toISOString() });
    assert.equal(refused.outcome, 'refused');
    assert.equal(refused.season.version, 2);
    assert.deepEqual(
      await seasons.changeStatus({ seasonId: uniqueId('missing'), from: ['draft'], to: 'open', at: new Date().toISOString() }),
      { outcome: 'missing' },
    );
  });

  it('refuses a second season with the same id', async () => {
    const seasons = repository();
    const season = draft(uniqueId('prog'), uniqueId('season'));
    await seasons.create(season);
    await assert.rejects(seasons.create(season), (error) => isAppError(error) && error.code === 'season-exists');
  });

  it('pages through a programme’s seasons with cursors, and refuses another list’s cursor', async () => {
    const seasons = repository();
    const programmeId = uniqueId('prog');
    const ids = [uniqueId('season'), uniqueId('season'), uniqueId('season')];
    for (const id of ids) await seasons.create(draft(programmeId, id));
    const first = await seasons.listByProgramme(programmeId, { limit: 2 });
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor !== undefined);
    const second = await seasons.listByProgramme(programmeId, { limit: 2, cursor: first.nextCursor });
    assert.deepEqual([...first.items, ...second.items].map((season) => season.id).sort(), [...ids].sort());
    await assert.rejects(
      seasons.listByProgramme(uniqueId('prog'), { limit: 2, cursor: first.nextCursor }),
      (error) => isAppError(error) && error.code === 'invalid-cursor',
    );
    await assert.rejects(
      seasons.listOpen({ limit: 2, cursor: first.nextCursor }),
      (error) => isAppError(error) && error.code === 'invalid-cursor',
    );
  });
});

describe('demo data', () => {
  // The shared test table takes no demo applicants: test/e2e/demo-data.e2e.test.ts starts npm start for those.
  it('seeds a programme and an open season per template, and seeding again changes nothing', async () => {
    const first = await seedDemoData(new Date(), { applicants: false });
    const second = await seedDemoData(new Date(), { applicants: false });
    assert.deepEqual(
      first.seasons.map((season) => season.status),
      ['open', 'open', 'open'],
    );
    assert.deepEqual(
      second.programmes.map((programme) => programme.created),
      [false, false, false],
    );
    assert.deepEqual(
      second.seasons.map((season) => season.created),
      [false, false, false],
    );
    assert.equal(second.partners.registered, 0);
    assert.deepEqual(
      second.seasons.map((season) => season.id),
      ['prokadry-demo-season', 'kadry-budushchego-demo-season', 'obedinenie-nastavnikov-demo-season'],
    );
  });

  it('plans the ПроКадры demo season’s calendar: windows closing into their gates, and the template’s reminders', async () => {
    await seedDemoData(new Date(), { applicants: false });
    const jobs = await new DynamoDbCalendarJobs(documentClient(), requireEnv(ENV.tableName)).listForSeason('prokadry-demo-season');
    const plan = jobs.map((job) => (job.kind === 'gate' ? `${job.stage}->${job.to}` : `remind ${job.stage} ${job.hoursBefore}h`)).sort();
    assert.deepEqual(plan, [
      'education->interview',
      'remind application 168h',
      'remind application 24h',
      'remind education 168h',
      'remind education 24h',
      'screening->education',
    ]);
  });
});
