import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { run } from '../../../infra/cli/program.ts';
import type { CounterRebuild } from '../../../shared/counters/counter-rebuild-schema.ts';
import { capturedCliIo } from '../../support/captured-cli-io.ts';
import { GATE_RUN_AT, gateRunView } from '../../support/gate-run-views.ts';

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** An API answering each request with the next of `answers` for its `METHOD path` (the last one repeated), recording what was sent. */
const fakeApi = (answers: Record<string, readonly Response[]>) => {
  const sent: Sent[] = [];
  const served = new Map<string, number>();
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    sent.push({ method, url: url.href, headers: { ...(init?.headers as Record<string, string>) }, body: init?.body as string | undefined });
    const key = `${method} ${url.pathname}`;
    const list = answers[key];
    if (list === undefined) return Response.json({ code: 'route-not-found' }, { status: 404 });
    const index = served.get(key) ?? 0;
    served.set(key, index + 1);
    const answer = list[Math.min(index, list.length - 1)];
    if (answer === undefined) throw new Error(`no answer for ${key}`);
    return answer.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
};

const at = GATE_RUN_AT;
/** The run this file's scripted API answers for (`s`/`run-1`, the ids its command lines name). */
const gateRun = (changes: Parameters<typeof gateRunView>[0]) => gateRunView({ id: 'run-1', seasonId: 's', ...changes });

describe('the program', () => {
  it('exits 1 when the watched run fails, after showing its progress on a terminal as a bar and its failures', async () => {
    const api = fakeApi({
      // A deployment's URL may carry a stage path: the routes are under it.
      'GET /v1/seasons/s/gates/run-1': [
        Response.json(gateRun({})),
        Response.json(gateRun({ total: 20, seen: 10, moved: 10, shards: { total: 16, done: 8 } })),
        Response.json(
          gateRun({ status: 'failed', total: 20, seen: 10, moved: 10, failures: [{ at, shard: 2, error: 'States.TaskFailed' }] }),
        ),
      ],
    });
    const captured = capturedCliIo({
      tty: true,
      fetch: api.fetch,
      env: { CADRE_API_URL: 'https://api.example.org/v1', CADRE_TOKEN: 'jwt-1' },
    });
    const exitCode = await run(['gate', 'watch', '--season', 's', 'run-1', '--interval', '3'], captured.io);
    assert.equal(exitCode, 1);
    assert.deepEqual(captured.waits, [3000, 3000]);
    assert.deepEqual(
      api.sent.map((request) => [request.method, request.url, request.headers['authorization']]),
      Array.from({ length: 3 }, () => ['GET', 'https://api.example.org/v1/seasons/s/gates/run-1', 'Bearer jwt-1']),
    );
    const out = captured.stdout();
    assert.match(out, /░+ 0% 0\/0 \| running/);
    assert.match(out, /50% 10\/20 \| failed: moved 10/);
    assert.match(out, /\nGate education → interview \(run-1\): failed\n/);
    assert.match(out, new RegExp(`\n {4}${at} shard 2: States\\.TaskFailed\n`));
  });

  it('sends --token over CADRE_TOKEN, and refuses --token with --as', async () => {
    const api = fakeApi({ 'POST /seasons/s/gates': [Response.json({ gateRunId: 'run-2', executionArn: 'arn' }, { status: 202 })] });
    const started = capturedCliIo({ fetch: api.fetch, env: { CADRE_TOKEN: 'from-env' } });
    assert.equal(await run(['--token', 'given', 'gate', 'start', '--season', 's', '--from', 'a', '--to', 'b'], started.io), 0);
    assert.equal(started.stdout(), 'run-2\n');
    assert.equal(api.sent[0]?.headers['authorization'], 'Bearer given');
    assert.deepEqual(JSON.parse(api.sent[0]?.body ?? ''), { from: 'a', to: 'b' });
    assert.equal(api.sent[0]?.url, 'http://localhost:3000/seasons/s/gates');

    const both = capturedCliIo({ fetch: api.fetch });
    assert.equal(await run(['--token', 't', '--as', 'staff', 'gate', 'watch', '--season', 's', 'run-2'], both.io), 1);
    assert.equal(both.stderr(), '--token and --as name two different callers: give one.\n');
    assert.equal(api.sent.length, 1, 'nothing was sent');
  });

  it('says --as works against the local cloud only when the API mints no demo tokens, and refuses an address that is not http(s)', async () => {
    const deployment = fakeApi({});
    const asStaff = capturedCliIo({ fetch: deployment.fetch, env: { LANG: 'ru_RU.UTF-8' } });
    assert.equal(await run(['--url', 'https://api.example.org', '--as', 'staff', 'gate', 'watch', '--season', 's', 'r'], asStaff.io), 1);
    assert.equal(
      asStaff.stderr(),
      'https://api.example.org не выдаёт демо-токены: --as работает только с локальным облаком (npm start). Передайте --token.\n',
    );
    assert.deepEqual(
      deployment.sent.map((request) => `${request.method} ${request.url}`),
      ['POST https://api.example.org/local/token'],
    );
    const notUrl = capturedCliIo({ fetch: deployment.fetch });
    assert.equal(await run(['--url', 'localhost:3000', 'gate', 'watch', '--season', 's', 'r'], notUrl.io), 1);
    assert.equal(notUrl.stderr(), '--url takes an http(s)://… address, not "localhost:3000".\n');
  });

  it('exports a report as CSV to a file, asking for CSV, with the filters given', async () => {
    const csv = '\uFEFFstage,name_ru,name_en,now,entered\r\napplication,Заявка,Application,3,10\r\n';
    const api = fakeApi({
      'GET /seasons/s/reports/funnel': [new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })],
    });
    const written: [string, string][] = [];
    const captured = capturedCliIo({
      fetch: api.fetch,
      writeFile: async (path, content) => {
        written.push([path, content]);
      },
    });
    const exitCode = await run(
      ['--token', 't', 'report', 'funnel', '--season', 's', '--region', '59', '--format', 'csv', '--out', 'f.csv'],
      captured.io,
    );
    assert.equal(exitCode, 0, captured.stderr());
    assert.deepEqual(written, [['f.csv', csv]]);
    assert.equal(captured.stdout(), '');
    assert.equal(captured.stderr(), 'Report written to f.csv\n');
    const [request] = api.sent;
    assert.equal(request?.url, 'http://localhost:3000/seasons/s/reports/funnel?format=csv&region=59');
    assert.equal(request?.headers['accept'], 'text/csv');
  });

  it('starts a counter rebuild and watches it to completion', async () => {
    const rebuild = (status: CounterRebuild['status'], counted: number, done: number, second: number): CounterRebuild => ({
      runId: 'rb-1',
      seasonId: 's',
      status,
      startedAt: at,
      generation: 2,
      counted,
      shards: Array.from({ length: 16 }, (_, shard) => ({
        shard,
        phase: shard < done ? 'done' : shard < done + second ? 'second-pass' : 'first-pass',
      })),
    });
    const api = fakeApi({
      'POST /seasons/s/counter-rebuilds': [Response.json(rebuild('running', 0, 0, 0), { status: 202 })],
      'GET /seasons/s/counter-rebuilds/rb-1': [
        Response.json(rebuild('running', 120, 6, 4)),
        Response.json(rebuild('completed', 200, 16, 0)),
      ],
    });
    const captured = capturedCliIo({ fetch: api.fetch });
    assert.equal(await run(['--token', 't', 'counters', 'rebuild', '--season', 's', '--watch'], captured.io), 0, captured.stderr());
    assert.equal(
      captured.stdout(),
      [
        '6/16 running: applications counted 120, shards on their second pass 4',
        '16/16 completed: applications counted 200, shards on their second pass 0',
        'Counter rebuild rb-1: completed',
        '  applications counted 200, shards 16/16, generation 2',
        '',
      ].join('\n'),
    );
  });

  it('answers --help with exit 0 and a usage error with exit 1 and the usage', async () => {
    const help = capturedCliIo();
    assert.equal(await run(['--help'], help.io), 0);
    assert.match(help.stdout(), /^Usage: cadre \[options\] \[command\]/);
    const wrong = capturedCliIo();
    assert.equal(await run(['gate', 'start', '--season', 's'], wrong.io), 1);
    assert.match(wrong.stderr(), /^error: required option '--from <stage>' not specified\n/);
  });
});
