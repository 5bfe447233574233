import type { Command } from 'commander';
import { segment } from '../api-client.ts';
import { EXIT, type CommandRunner, type ExitCode, intervalMs, intervalOption, print } from '../command-kit.ts';
import type { CounterRebuild } from '../../../shared/counters/counter-rebuild-schema.ts';
import { rebuildFinished, rebuildProgress, rebuildSummary } from '../format/counter-rebuild.ts';
import { progressDisplay } from '../progress-display.ts';
import type { Session } from '../session.ts';
import { watchRun } from '../watch-run.ts';

const rebuildsPath = (seasonId: string) => `/seasons/${segment(seasonId)}/counter-rebuilds`;

const watchRebuild = async (session: Session, seasonId: string, runId: string, everyMs: number): Promise<ExitCode> => {
  const { client, language, io } = session;
  const run = await watchRun({
    read: () => client.json<CounterRebuild>('GET', `${rebuildsPath(seasonId)}/${segment(runId)}`),
    finished: rebuildFinished,
    progress: (current) => rebuildProgress(current, language),
    display: progressDisplay(io.stdout),
    intervalMs: everyMs,
    wait: io.wait,
  });
  print(io, rebuildSummary(run, language));
  return run.status === 'completed' ? EXIT.ok : EXIT.failed;
};

export const countersCommands = (program: Command, runner: CommandRunner): void => {
  const counters = program.command('counters').description("a season's report counters");
  counters
    .command('rebuild')
    .description(
      "recount a season's counters from its applications (POST /seasons/{seasonId}/counter-rebuilds); prints the run's id, or with --watch follows it",
    )
    .requiredOption('--season <seasonId>', 'the season')
    .option('--watch', 'follow the rebuild until it ends (exit 1 if it fails)')
    .addOption(intervalOption())
    .action((options: { season: string; watch?: true; interval: number }, command: Command) =>
      runner.run(command, async (session) => {
        const started = await session.client.json<CounterRebuild>('POST', rebuildsPath(options.season));
        const { runId } = started;
        if (options.watch === true) return watchRebuild(session, options.season, runId, intervalMs(options));
        print(session.io, `${runId}\n`);
        session.io.stderr.write(
          session.language === 'ru'
            ? `Пересчёт запущен. Следить: npm run cadre -- counters watch --season ${options.season} ${runId}\n`
            : `Rebuild started. Watch it: npm run cadre -- counters watch --season ${options.season} ${runId}\n`,
        );
        return EXIT.ok;
      }),
    );
  counters
    .command('watch')
    .description('follow a counter rebuild until it ends; exit 1 if it failed')
    .argument('<runId>', 'the rebuild, as `counters rebuild` printed it')
    .requiredOption('--season <seasonId>', 'the season')
    .addOption(intervalOption())
    .action((runId: string, options: { season: string; interval: number }, command: Command) =>
      runner.run(command, (session) => watchRebuild(session, options.season, runId, intervalMs(options))),
    );
};
