import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { handler as rebuilder } from '../../../functions/counter-rebuilder/handler.ts';
import { lambdaContext } from '../../support/api-event.ts';
import { gateWorld } from '../workflow/gate-world.ts';
import { givenAnEducationSeason } from '../education/education-world.ts';
import { approvedOffer, finalist, hostOrganisation, placementSeason, prefer, FEDERAL_STAGE } from '../internships/placement-world.ts';
import { cadre, localGateway } from './cli-world.ts';

/**
 * The staff and ops CLI run in-process against the local gateway (its own issuer: `--as staff`
 * fetches a demo token from it) on the test setup's local cloud: the real routes, state machines
 * and tables.
 */
const gateway = localGateway('cli');
const api = () => ['--url', gateway().url, '--as', 'staff'];

describe('npm run cadre', () => {
  it('starts a gate and watches it to its end (progress lines off a terminal, then what moved and what stayed); the reports count its moves', async () => {
    const world = await gateWorld(12, (index) => index % 4 !== 0);
    const started = await cadre([...api(), 'gate', 'start', '--season', world.seasonId, '--from', 'education', '--to', 'interview']);
    assert.equal(started.exitCode, 0, started.stderr);
    const gateRunId = started.stdout.trim();
    assert.match(gateRunId, /^[0-9a-f-]{36}$/);
    assert.match(started.stderr, new RegExp(`gate watch --season ${world.seasonId} ${gateRunId}`));

    const watched = await cadre([...api(), 'gate', 'watch', '--season', world.seasonId, gateRunId, '--interval', '0.5']);
    assert.equal(watched.exitCode, 0, watched.stderr);
    const lines = watched.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(-2), [
      `Gate education → interview (${gateRunId}): succeeded`,
      '  seen 12 of 12, moved 9, skipped 3 (not-shortlisted 3), already moved 0',
    ]);
    assert.equal(lines.at(-3), '12/12 succeeded: moved 9, skipped 3, already moved 0, failures 0, shards 16/16');
    assert.ok(
      watched.waits.every((wait) => wait === 500),
      `every wait is the interval asked: ${watched.waits.join(', ')}`,
    );

    // The season's reports count the gate's moves: the funnel as JSON, a breakdown as CSV in a file.
    const funnel = await cadre([...api(), 'report', 'funnel', '--season', world.seasonId]);
    assert.equal(funnel.exitCode, 0, funnel.stderr);
    const stages = (JSON.parse(funnel.stdout) as { stages: { stage: string; now: number; entered: number }[] }).stages;
    assert.deepEqual(
      stages.filter((stage) => stage.entered > 0).map(({ stage, now, entered }) => ({ stage, now, entered })),
      [
        { stage: 'education', now: 3, entered: 12 },
        { stage: 'interview', now: 9, entered: 9 },
      ],
    );
    const files = new Map<string, string>();
    const breakdown = await cadre(
      [...api(), 'report', 'breakdown', '--by', 'track', '--season', world.seasonId, '--format', 'csv', '--out', 'tracks.csv'],
      { writeFile: async (path, content) => void files.set(path, content) },
    );
    assert.equal(breakdown.exitCode, 0, breakdown.stderr);
    assert.equal(breakdown.stderr, 'Report written to tracks.csv\n');
    const [header, beginner] = (files.get('tracks.csv') ?? '').split('\r\n');
    assert.ok(header?.startsWith('\uFEFFkey,name_ru,name_en,now,entered,'), header);
    assert.ok(beginner?.startsWith('beginner,Начинающие управленцы,Beginner managers,12,'), beginner);
  });

  it('starts a matching run and watches it: the dry run’s report, in Russian', async () => {
    const season = await placementSeason();
    const ministry = await hostOrganisation(season);
    const [anna, boris, vera] = [await finalist(season), await finalist(season), await finalist(season)];
    const offer = await approvedOffer(season, ministry, {
      seats: 2,
      ranking: [anna.applicationId, boris.applicationId, vera.applicationId],
    });
    await Promise.all([anna, boris, vera].map((who) => prefer(season, who, [offer])));

    const watched = await cadre(
      [...api(), '--lang', 'ru', 'matching', 'start', '--season', season.seasonId, '--stage', FEDERAL_STAGE, '--dry-run', '--watch'],
      { env: { LANG: 'en_GB.UTF-8' } },
    );
    assert.equal(watched.exitCode, 0, watched.stderr);
    const report = watched.stdout.slice(watched.stdout.indexOf('Распределение'));
    assert.match(
      report,
      new RegExp(`^Распределение ${FEDERAL_STAGE}, раунд 1 \\(пробный запуск: ничего не предложено\\) \\([0-9a-f-]{36}\\): завершён\n`),
    );
    assert.match(report, /\n {2}кандидатов 3, исключено 0; предложений 1, мест 2\n/);
    assert.match(report, /\n {2}распределено 2 \(по первому выбору 2\), без места 1 \(outranked 1\)\n/);
    assert.ok(
      watched.waits.every((wait) => wait === 2000),
      'the default interval is 2 s',
    );
  });

  it('rebuilds a season’s counters, watched while the schedule’s rebuilder works between two reads', async () => {
    const world = await gateWorld(8, () => true);
    const rebuilt = await cadre([...api(), 'counters', 'rebuild', '--season', world.seasonId, '--watch'], {
      pause: async () => {
        await rebuilder({}, lambdaContext());
      },
    });
    assert.equal(rebuilt.exitCode, 0, rebuilt.stderr);
    const lines = rebuilt.stdout.trimEnd().split('\n');
    assert.match(lines.at(-3) ?? '', /^16\/16 completed: applications counted 8, /);
    assert.match(lines.at(-2) ?? '', /^Counter rebuild [0-9a-f-]{36}: completed$/);
    assert.match(lines.at(-1) ?? '', /^ {2}applications counted 8, shards 16\/16, generation \d+$/);

    const again = await cadre([...api(), 'report', 'funnel', '--season', world.seasonId]);
    const education = (JSON.parse(again.stdout) as { stages: { stage: string; now: number }[] }).stages.find(
      (stage) => stage.stage === 'education',
    );
    assert.equal(education?.now, 8, 'the rebuilt counters read the season as it is');
  });

  it('imports an education CSV and reports the bad row with its line and column; exit 2 as rows were rejected', async () => {
    const world = await givenAnEducationSeason();
    const [young] = world.young;
    assert.ok(young);
    const csv = [
      'applicationId,kind,itemId,at',
      `${young.id},webinar-watched,state-basics,2026-08-20T10:00:00Z`,
      `${young.id},sleeping,state-basics,2026-08-20T10:00:00Z`,
      '',
    ].join('\n');
    const imported = await cadre([...api(), 'education', 'import', '--season', world.seasonId, 'progress.csv'], {
      readFile: async (path) => {
        assert.equal(path, 'progress.csv');
        return Buffer.from(csv);
      },
    });
    assert.equal(imported.exitCode, 2, imported.stderr);
    const [counts, problem, ...rest] = imported.stdout.trimEnd().split('\n');
    assert.equal(counts, 'Rows 2: recorded 1, unchanged 0, rejected 1');
    assert.match(problem ?? '', /^ {2}line 3, column kind \([a-z-]+\): /);
    assert.deepEqual(rest, []);
  });

  it('prints an API refusal in the user’s language and exits 1: an unknown season is 404', async () => {
    const refused = await cadre([...api(), 'gate', 'start', '--season', 'no-such-season', '--from', 'education', '--to', 'interview'], {
      env: { LANG: 'ru_RU.UTF-8' },
    });
    assert.equal(refused.exitCode, 1);
    assert.equal(refused.stdout, '');
    const [head, request] = refused.stderr.split('\n');
    assert.match(head ?? '', /^Ошибка 404 \(not-found\): \S/);
    assert.equal(request, `  POST ${gateway().url}/seasons/no-such-season/gates`);
    assert.match(refused.stderr, /\n {2}correlationId \S+\n$/);
  });

  it('says which URL it could not reach and exits 1', async () => {
    const closed = await freePort();
    const unreachable = await cadre(['--url', `http://127.0.0.1:${closed}`, '--token', 'x', 'gate', 'watch', '--season', 's', 'run-1']);
    assert.equal(unreachable.exitCode, 1);
    assert.match(
      unreachable.stderr,
      new RegExp(`^Could not reach http://127\\.0\\.0\\.1:${closed}/seasons/s/gates/run-1 \\(GET\\): .*ECONNREFUSED`),
    );
  });

  it('runs as its own process: npm run cadre -- --help', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['infra/cli/cadre.ts', '--help'], {
      env: { ...process.env, LANG: 'C' },
    });
    assert.match(stdout, /^Usage: cadre \[options\] \[command\]/);
    for (const command of ['report', 'gate', 'matching', 'education', 'counters']) assert.match(stdout, new RegExp(`\n {2}${command} `));
  });
});

/** A port nothing listens on: bound, then closed. */
const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
};
