import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbEducationCatalogue } from '../../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { currentShortlist } from '../../../shared/education/use-cases/current-shortlist.ts';
import { educationProgressKey } from '../../../shared/platform/keys/keys.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { applicantClaims, staffClaims } from '../../support/claims.ts';
import { COURSES, call, event, givenAnEducationSeason, platformClaims } from './education-world.ts';

const tableName = requireEnv(ENV.tableName);
const catalogues = new DynamoDbEducationCatalogue(documentClient(), tableName);
const progressStore = new DynamoDbEducationProgress(documentClient(), tableName);
/** What the `shortlist` transition guard reads through (functions/applications and functions/workflow wire it the same way). */
const shortlist = currentShortlist({ catalogues, progress: progressStore });
/** The programme's rule, as the guard reads it from the programme (the education world's programme is ПроКадры). */
const RULE = prokadryTemplate.settings.shortlist;

/** A shortlist reader over the same adapters that counts its reads. */
const counted = () => {
  const reads = { catalogue: 0, progress: 0, progressBatches: 0 };
  const reader = currentShortlist({
    catalogues: {
      find: (seasonId) => {
        reads.catalogue += 1;
        return catalogues.find(seasonId);
      },
    },
    progress: {
      find: (applicationId) => {
        reads.progress += 1;
        return progressStore.find(applicationId);
      },
      findMany: (applicationIds) => {
        reads.progressBatches += 1;
        return progressStore.findMany(applicationIds);
      },
    },
  });
  return { reads, reader };
};

const progressItem = async (applicationId: string) =>
  (await documentClient().send(new GetCommand({ TableName: tableName, Key: educationProgressKey(applicationId), ConsistentRead: true })))
    .Item;

const postEvents = (seasonId: string, claims: Record<string, string>, events: readonly object[]) =>
  call({ method: 'POST', route: '/seasons/{seasonId}/education/events', pathParameters: { seasonId }, body: { events }, claims });

const uploadCsv = (seasonId: string, claims: Record<string, string>, csv: string) =>
  call({
    method: 'POST',
    route: '/seasons/{seasonId}/education/imports',
    pathParameters: { seasonId },
    rawBody: csv,
    headers: { 'content-type': 'text/csv' },
    claims,
  });

const outcomesOf = (body: Record<string, unknown>) => (body['outcomes'] as { outcome: string }[]).map((entry) => entry.outcome);

describe('the course catalogue', () => {
  it('is replaced by staff of the programme under an optimistic version and read back', async () => {
    const world = await givenAnEducationSeason();
    const read = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId: world.seasonId },
      claims: world.staff,
    });
    assert.equal(read.status, 200);
    assert.equal(read.body['version'], 1);
    assert.deepEqual(read.body['webinars'], COURSES.webinars);

    const stale = await call({
      method: 'PUT',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId: world.seasonId },
      body: { ...COURSES, version: 0 },
      claims: world.staff,
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body['code'], 'version-conflict');

    const badTrack = { ...COURSES, broadcasts: [{ ...COURSES.broadcasts[0], tracks: ['no-such-track'] }], version: 1 };
    const refused = await call({
      method: 'PUT',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId: world.seasonId },
      body: badTrack,
      claims: world.staff,
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(
      (refused.body['errors'] as { field: string; code: string }[]).map((problem) => [problem.field, problem.code]),
      [['body.broadcasts.0.tracks.0', 'unknown-track']],
    );

    const outsider = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId: world.seasonId },
      claims: staffClaims('another-programme'),
    });
    assert.equal(outsider.status, 404);
  });
});

describe('progress events from the learning platform', () => {
  it('records good events, reports the others per event without storing them, and a replay changes nothing', async () => {
    const world = await givenAnEducationSeason();
    const [young] = world.young;
    assert.ok(young);
    const stranger = randomUUID();
    const events = [
      event(young.id, 'webinar-watched', 'state-basics'),
      event(stranger, 'webinar-watched', 'state-basics'),
      event(young.id, 'webinar-watched', 'no-such-course'),
      event(young.id, 'webinar-watched', 'federal-advanced'),
      event(young.id, 'webinar-watched', 'project-management', '2026-09-02T00:00:00Z'),
      event(young.id, 'broadcast-attended', 'live-1'),
      event(young.id, 'broadcast-attended', 'live-1'),
    ];
    const first = await postEvents(world.seasonId, world.platform, events);
    assert.equal(first.status, 200);
    assert.deepEqual(outcomesOf(first.body), [
      'recorded',
      'unknown-participant',
      'unknown-item',
      'not-in-track',
      'after-deadline',
      'recorded',
      'already-recorded',
    ]);
    assert.deepEqual(
      (first.body['outcomes'] as { eventId: string }[]).map((entry) => entry.eventId),
      events.map((entry) => entry.eventId),
    );

    const stored = await progressItem(young.id);
    assert.deepEqual([...(stored!['webinarsWatched'] as Set<string>)], ['state-basics']);
    assert.deepEqual([...(stored!['broadcastsAttended'] as Set<string>)], ['live-1']);
    assert.equal(await progressItem(stranger), undefined, 'nothing stored for an unknown participant');

    const replay = await postEvents(world.seasonId, world.platform, events);
    assert.deepEqual(outcomesOf(replay.body), [
      'duplicate',
      'unknown-participant',
      'unknown-item',
      'not-in-track',
      'after-deadline',
      'duplicate',
      'already-recorded',
    ]);
    assert.deepEqual(await progressItem(young.id), stored, 'the replay changed nothing');
  });

  it('answers 404 to a partner of another organisation or programme, and to an application of another season', async () => {
    const world = await givenAnEducationSeason();
    const [young] = world.young;
    assert.ok(young);
    const events = [event(young.id, 'webinar-watched', 'state-basics')];
    assert.equal((await postEvents(world.seasonId, platformClaims(world.programmeId, 'some-ministry'), events)).status, 404);
    assert.equal((await postEvents(world.seasonId, platformClaims('another-programme'), events)).status, 404);
    const other = await givenAnEducationSeason();
    const crossed = await postEvents(other.seasonId, other.platform, events);
    assert.deepEqual(outcomesOf(crossed.body), ['unknown-participant']);
    assert.equal(await progressItem(young.id), undefined);
  });
});

describe('the staff CSV upload', () => {
  it('applies the good rows, reports the broken ones by row and column, and the same file twice changes nothing', async () => {
    const world = await givenAnEducationSeason({ young: 2 });
    const [first, second] = world.young;
    assert.ok(first, 'a first young applicant');
    assert.ok(second, 'a second young applicant');
    const csv = [
      '\uFEFFapplicationId,kind,itemId,at,note',
      `${first.id},webinar-watched,state-basics,2026-08-20T10:00:00Z,"watched, twice"`,
      `${first.id},broadcast-attended,live-2,2026-08-17T15:30:00Z,`,
      `not-an-id,webinar-watched,state-basics,2026-08-20T10:00:00Z,`,
      `${randomUUID()},webinar-watched,state-basics,2026-08-20T10:00:00Z,`,
      `${second.id},"broadcast-attended,live-3`,
      `${second.id},broadcast-attended,live-3,2026-08-24T15:30:00Z,`,
      `${second.id},webinar-watched,state-basics,2026-09-05T00:00:00Z,`,
    ].join('\r\n');
    const report = await uploadCsv(world.seasonId, world.staff, csv);
    assert.equal(report.status, 200);
    assert.deepEqual({ ...report.body, problems: undefined }, { rows: 7, recorded: 3, unchanged: 0, rejected: 4, problems: undefined });
    assert.deepEqual(
      (report.body['problems'] as { row: number; column?: string; code: string }[]).map((problem) => [
        problem.row,
        problem.column,
        problem.code,
      ]),
      [
        [4, 'applicationId', 'invalid-application-id'],
        [5, 'applicationId', 'unknown-participant'],
        [6, undefined, 'unterminated-quote'],
        [8, 'at', 'after-deadline'],
      ],
    );
    const firstProgress = await progressItem(first.id);
    const secondProgress = await progressItem(second.id);
    assert.deepEqual([...(secondProgress!['broadcastsAttended'] as Set<string>)], ['live-3']);

    const again = await uploadCsv(world.seasonId, world.staff, csv);
    assert.deepEqual({ ...again.body, problems: undefined }, { rows: 7, recorded: 0, unchanged: 3, rejected: 4, problems: undefined });
    assert.deepEqual(await progressItem(first.id), firstProgress);
    assert.deepEqual(await progressItem(second.id), secondProgress);
  });

  it('is staff’s only, and takes only text/csv', async () => {
    const world = await givenAnEducationSeason();
    assert.equal((await uploadCsv(world.seasonId, staffClaims('another-programme'), 'applicationId,kind,itemId,at\n')).status, 404);
    const json = await call({
      method: 'POST',
      route: '/seasons/{seasonId}/education/imports',
      pathParameters: { seasonId: world.seasonId },
      body: { csv: 'x' },
      claims: world.staff,
    });
    assert.equal(json.status, 415);
  });
});

describe('completion and the shortlist', () => {
  it('shows completion to the owner and staff; the shortlist guard’s reader agrees with it on the current catalogue, one by one and by page', async () => {
    const world = await givenAnEducationSeason({ young: 2 });
    const [young, other] = world.young;
    assert.ok(young && other);
    const owner = applicantClaims(young.applicantId);
    const read = (claims: Record<string, string>) =>
      call({ method: 'GET', route: '/applications/{applicationId}/education', pathParameters: { applicationId: young.id }, claims });

    await postEvents(world.seasonId, world.platform, [
      event(young.id, 'webinar-watched', 'state-basics'),
      event(young.id, 'broadcast-attended', 'live-1'),
    ]);
    const partial = await read(owner);
    assert.equal(partial.status, 200);
    assert.deepEqual(partial.body['completion'], {
      track: 'young',
      webinars: { total: 2, watched: ['state-basics'], missing: ['project-management'] },
      broadcasts: { total: 4, attended: ['live-1'], share: 0.25 },
      rule: { stage: 'interview', allRecordedWebinarsRequired: true, minLiveBroadcastShare: 0.5 },
      meetsShortlistRule: false,
    });
    assert.deepEqual(
      (partial.body['webinars'] as { id: string; watched: boolean }[]).map((course) => [course.id, course.watched]),
      [
        ['state-basics', true],
        ['project-management', false],
      ],
    );
    assert.equal(await shortlist.isShortlisted(young, RULE), false);

    await postEvents(world.seasonId, world.platform, [
      event(young.id, 'webinar-watched', 'project-management'),
      event(young.id, 'broadcast-attended', 'live-2'),
    ]);
    const complete = await read(world.staff);
    assert.equal((complete.body['completion'] as { meetsShortlistRule: boolean }).meetsShortlistRule, true);
    assert.equal(await shortlist.isShortlisted(young, RULE), true);
    assert.equal(await shortlist.isShortlisted(young, undefined), false, 'a programme without a rule shortlists nobody');

    // A page: the catalogue read once and the page's progress in one batched read, the same answers.
    const page = counted();
    const onPage = page.reader.forPage(world.seasonId, [young.id, other.id, world.pro.id]);
    assert.deepEqual(await Promise.all([young, other, world.pro].map((application) => onPage.isShortlisted(application, RULE))), [
      true,
      false,
      false,
    ]);
    assert.deepEqual(page.reads, { catalogue: 1, progress: 0, progressBatches: 1 });

    assert.equal((await read(applicantClaims(`applicant-${randomUUID()}`))).status, 404, 'another applicant');
    assert.equal((await read(staffClaims('another-programme'))).status, 404, 'staff of another programme');

    // A correction: the track gains a webinar. The view and the guard's reader both say so at once,
    // with no progress event in between (nothing precomputed to go stale).
    const extra = { id: 'ethics', title: { ru: 'Этика', en: 'Ethics' }, accessUntil: '2026-09-01T00:00:00Z', tracks: ['young'] };
    const saved = await call({
      method: 'PUT',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId: world.seasonId },
      body: { ...COURSES, webinars: [...COURSES.webinars, extra], version: 1 },
      claims: world.staff,
    });
    assert.equal(saved.status, 200);
    assert.equal(((await read(world.staff)).body['completion'] as { meetsShortlistRule: boolean }).meetsShortlistRule, false);
    assert.equal(await shortlist.isShortlisted(young, RULE), false);
    assert.equal(await shortlist.forPage(world.seasonId, [young.id]).isShortlisted(young, RULE), false);
    await postEvents(world.seasonId, world.platform, [event(young.id, 'webinar-watched', 'ethics')]);
    assert.equal(await shortlist.isShortlisted(young, RULE), true);
  });
});
