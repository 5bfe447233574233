import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ApiError, NetworkError } from '../../../infra/cli/api-client.ts';
import { formatApiError, formatNetworkError } from '../../../infra/cli/format/errors.ts';
import { gateFinished, gateProgress, gateSummary } from '../../../infra/cli/format/gate-run.ts';
import { importReportText } from '../../../infra/cli/format/import-report.ts';
import { matchingProgress, matchingSummary } from '../../../infra/cli/format/matching-run.ts';
import { languageOf } from '../../../infra/cli/language.ts';
import { reportOutput } from '../../../infra/cli/commands/report.ts';
import { GATE_RUN_AT, gateRunView } from '../../support/gate-run-views.ts';
import type { MatchingRunView } from '../../../shared/internships/matching-run-view.ts';

const at = GATE_RUN_AT;

const matchingRun = (changes: Partial<MatchingRunView> = {}): MatchingRunView => ({
  id: '5e1f0000-0000-4000-8000-000000000001',
  seasonId: 'prokadry-demo-season',
  stage: 'regional-internship',
  round: 1,
  dryRun: false,
  status: 'succeeded',
  phase: 'done',
  startedBy: 'staff-1',
  startedAt: at,
  updatedAt: at,
  executions: 1,
  applicants: 5,
  excluded: 0,
  excludedReasons: {},
  offers: 1,
  seats: 4,
  matched: 4,
  firstChoice: 4,
  proposals: 5,
  unmatched: 1,
  unmatchedReasons: { outranked: 1 },
  unfilledOffers: 0,
  unfilledSeats: 0,
  unfilledReasons: {},
  offered: 4,
  notOffered: 0,
  notOfferedReasons: {},
  failures: [],
  ...changes,
});

describe('the language of messages', () => {
  it('is --lang when given, else Russian for a ru locale (LC_ALL before LC_MESSAGES before LANG), else English', () => {
    assert.equal(languageOf('en', { LANG: 'ru_RU.UTF-8' }), 'en');
    assert.equal(languageOf(undefined, { LANG: 'ru_RU.UTF-8' }), 'ru');
    assert.equal(languageOf(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8' }), 'en');
    assert.equal(languageOf(undefined, { LC_ALL: '', LC_MESSAGES: 'ru_RU', LANG: 'C' }), 'ru');
    assert.equal(languageOf(undefined, {}), 'en');
  });
});

describe('a gate run', () => {
  it('shows its progress as seen of the total it counted, unknown until it has counted', () => {
    assert.deepEqual(gateProgress(gateRunView(), 'en'), {
      value: 0,
      total: undefined,
      status: 'running: moved 0, skipped 0, already moved 0, failures 0, shards 0/16',
    });
    const counted = gateProgress(gateRunView({ total: 40, seen: 12, moved: 9, skipped: 3, shards: { total: 16, done: 5 } }), 'ru');
    assert.equal(counted.value, 12);
    assert.equal(counted.total, 40);
    assert.equal(counted.status, 'идёт: перемещено 9, оставлено 3, уже перемещены 0, сбоев 0, шарды 5/16');
    assert.equal(gateFinished(gateRunView()), false);
    assert.equal(gateFinished(gateRunView({ status: 'failed' })), true);
  });

  it('ends with what moved, what stayed and why, biggest reason first', () => {
    const run = gateRunView({
      status: 'succeeded',
      total: 40,
      seen: 40,
      moved: 30,
      skipped: 10,
      skippedReasons: { 'not-shortlisted': 8, 'consent-missing': 2 },
    });
    assert.equal(
      gateSummary(run, 'en'),
      [
        'Gate education → interview (de300000-0000-4000-8000-6a7e00000001): succeeded',
        '  seen 40 of 40, moved 30, skipped 10 (not-shortlisted 8, consent-missing 2), already moved 0',
        '',
      ].join('\n'),
    );
  });

  it('lists a failed run’s failures and how to resume it, in Russian', () => {
    const run = gateRunView({
      status: 'failed',
      seen: 10,
      moved: 10,
      failures: [{ at, shard: 3, error: 'States.Timeout', cause: 'Task timed out' }],
    });
    assert.equal(
      gateSummary(run, 'ru'),
      [
        'Гейт education → interview (de300000-0000-4000-8000-6a7e00000001): сбой',
        '  просмотрено 10, перемещено 10, оставлено 0, уже перемещены 0',
        '  сбои (1):',
        `    ${at} shard 3: States.Timeout — Task timed out`,
        '  Продолжить с контрольных точек: POST /seasons/prokadry-demo-season/gates/de300000-0000-4000-8000-6a7e00000001/resume',
        '',
      ].join('\n'),
    );
  });
});

describe('a matching run', () => {
  it('counts its phases as progress', () => {
    assert.deepEqual(
      [
        matchingProgress(matchingRun({ status: 'running', phase: 'collect-applicants' }), 'en').value,
        matchingProgress(matchingRun({ status: 'running', phase: 'match' }), 'en').value,
        matchingProgress(matchingRun(), 'en').value,
      ],
      [0, 2, 4],
    );
    assert.equal(matchingProgress(matchingRun(), 'en').total, 4);
  });

  it('reports who was matched, who was not and why, what was offered, and where the explanations are', () => {
    assert.equal(
      matchingSummary(matchingRun(), 'en'),
      [
        'Matching regional-internship, round 1 (5e1f0000-0000-4000-8000-000000000001): succeeded',
        '  applicants 5, excluded 0; offers 1, seats 4',
        '  matched 4 (first choice 4), unmatched 1 (outranked 1)',
        '  offers left with seats 0 (seats 0)',
        '  offered 4, not offered 0',
        '  explained at: GET /seasons/prokadry-demo-season/internship-matching-runs/5e1f0000-0000-4000-8000-000000000001/outcomes',
        '',
      ].join('\n'),
    );
    const dry = matchingSummary(matchingRun({ dryRun: true, unmatched: 0, unmatchedReasons: {} }), 'ru');
    assert.match(dry, /пробный запуск: ничего не предложено/);
    assert.doesNotMatch(dry, /предложено 4/);
  });
});

describe('an education import report', () => {
  it('gives the counts, then every problem with its line and column in the user’s language', () => {
    const report = {
      rows: 3,
      recorded: 2,
      unchanged: 0,
      rejected: 1,
      problems: [
        { row: 3, column: 'kind', code: 'invalid-kind', message: { ru: 'Неизвестный вид', en: 'Unknown kind' } },
        { row: 4, code: 'unknown-participant', message: { ru: 'Нет такой заявки', en: 'No such application' } },
      ],
    };
    assert.equal(
      importReportText(report, 'en'),
      [
        'Rows 3: recorded 2, unchanged 0, rejected 1',
        '  line 3, column kind (invalid-kind): Unknown kind',
        '  line 4 (unknown-participant): No such application',
        '',
      ].join('\n'),
    );
    assert.match(
      importReportText(report, 'ru'),
      /^Строк 3: записано 2, без изменений 0, отклонено 1\n {2}строка 3, столбец kind \(invalid-kind\): Неизвестный вид/,
    );
  });

  it('says how many rejected rows the report could not list', () => {
    const problems = Array.from({ length: 2 }, (_, index) => ({ row: index + 2, code: 'x', message: { ru: 'x', en: 'x' } }));
    assert.match(importReportText({ rows: 5, recorded: 0, unchanged: 0, rejected: 5, problems }, 'en'), /…and 3 more rejected rows\n$/);
  });
});

describe('errors', () => {
  const problem = {
    type: 'https://cadre.dev/problems/validation-failed',
    status: 422,
    code: 'validation-failed',
    message: { ru: 'Запрос содержит ошибки', en: 'The request has errors' },
    errors: [{ field: 'body.from', code: 'too-small', message: { ru: 'Укажите этап', en: 'Name a stage' } }],
    correlationId: 'c-1',
  };
  const refusal = (changes: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
    new ApiError({
      method: 'POST',
      url: 'http://localhost:3000/seasons/s/gates',
      status: 422,
      problem,
      text: JSON.stringify(problem),
      location: undefined,
      ...changes,
    });

  it('renders a problem in the user’s language with every field at fault and the correlation id', () => {
    assert.equal(
      formatApiError(refusal(), 'ru'),
      [
        'Ошибка 422 (validation-failed): Запрос содержит ошибки',
        '  POST http://localhost:3000/seasons/s/gates',
        '  - body.from (too-small): Укажите этап',
        '  correlationId c-1',
        '',
      ].join('\n'),
    );
    assert.match(formatApiError(refusal(), 'en'), /^Error 422 \(validation-failed\): The request has errors\n/);
  });

  it('points to the location a refusal names (the run already working)', () => {
    const running = refusal({
      status: 409,
      problem: { code: 'gate-running', message: { ru: 'Гейт уже идёт', en: 'The gate is running' } },
      location: '/seasons/s/gates/g-1',
    });
    assert.equal(
      formatApiError(running, 'en'),
      'Error 409 (gate-running): The gate is running\n  POST http://localhost:3000/seasons/s/gates\n  see /seasons/s/gates/g-1\n',
    );
  });

  it('says how to sign in when the API asks for a token', () => {
    const missing = refusal({
      method: 'GET',
      status: 401,
      problem: { code: 'token-missing', message: { ru: 'Нужен токен', en: 'A token is required' } },
    });
    assert.match(formatApiError(missing, 'en'), /\n {2}Give a token: --token \(or CADRE_TOKEN\); on the local cloud, --as staff\.\n$/);
  });

  it('quotes the start of an answer that is not a problem (a proxy’s page)', () => {
    const proxy = refusal({ status: 502, problem: undefined, text: `<html>Bad Gateway${'.'.repeat(1000)}</html>` });
    const [first] = formatApiError(proxy, 'en').split('\n');
    assert.ok(first?.startsWith('Error 502: <html>Bad Gateway'));
    assert.ok((first?.length ?? 0) < 320);
  });

  it('names the URL a request could not reach', () => {
    const error = new NetworkError('GET', 'http://localhost:1/x', 'connect ECONNREFUSED 127.0.0.1:1');
    assert.equal(
      formatNetworkError(error, 'en'),
      'Could not reach http://localhost:1/x (GET): connect ECONNREFUSED 127.0.0.1:1\n  Check --url (or CADRE_API_URL) and that the API is running.\n',
    );
    assert.match(formatNetworkError(error, 'ru'), /^Не удалось обратиться к http:\/\/localhost:1\/x/);
  });
});

describe('a report’s output', () => {
  it('indents JSON and keeps CSV byte for byte, BOM included', () => {
    assert.equal(reportOutput('json', '{"stages":[]}'), '{\n  "stages": []\n}\n');
    assert.equal(reportOutput('csv', '\uFEFFstage,now\r\napplication,3\r\n'), '\uFEFFstage,now\r\napplication,3\r\n');
  });
});
