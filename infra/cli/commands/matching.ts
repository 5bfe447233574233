import { randomUUID } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import type { MatchingRunView } from '../../../shared/internships/matching-run-view.ts';
import { segment } from '../api-client.ts';
import { EXIT, type CommandRunner, type ExitCode, intervalMs, intervalOption, print } from '../command-kit.ts';
import { matchingFinished, matchingProgress, matchingSummary } from '../format/matching-run.ts';
import { progressDisplay } from '../progress-display.ts';
import type { Session } from '../session.ts';
import { watchRun } from '../watch-run.ts';

const runPath = (seasonId: string, runId: string) => `/seasons/${segment(seasonId)}/internship-matching-runs/${segment(runId)}`;

/** Watches a matching run to its end; non-zero when it failed. */
const watchMatching = async (session: Session, seasonId: string, runId: string, everyMs: number): Promise<ExitCode> => {
  const { client, language, io } = session;
  const run = await watchRun({
    read: () => client.json<MatchingRunView>('GET', runPath(seasonId, runId)),
    finished: matchingFinished,
    progress: (current) => matchingProgress(current, language),
    display: progressDisplay(io.stdout),
    intervalMs: everyMs,
    wait: io.wait,
  });
  print(io, matchingSummary(run, language));
  return run.status === 'succeeded' ? EXIT.ok : EXIT.failed;
};

const round = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('A round number: 1, 2, …');
  return parsed;
};

export const matchingCommands = (program: Command, runner: CommandRunner): void => {
  const matching = program.command('matching').description("internship matching runs: a stage's applicants matched to its offers");
  matching
    .command('start')
    .description('start a matching run (POST /seasons/{seasonId}/internship-matching-runs); prints its id, or with --watch follows it')
    .requiredOption('--season <seasonId>', 'the season')
    .requiredOption('--stage <stage>', 'the internship stage to match')
    .option('--dry-run', 'compute and report only: offer nothing')
    .option('--round <n>', 'a later round takes only applications without a seat and the seats left', round, 1)
    .option('--watch', 'follow the run until it ends (exit 1 if it fails)')
    .addOption(intervalOption())
    .action((options: { season: string; stage: string; dryRun?: true; round: number; watch?: true; interval: number }, command: Command) =>
      runner.run(command, async (session) => {
        const started = await session.client.json<MatchingRunView>('POST', `/seasons/${segment(options.season)}/internship-matching-runs`, {
          json: { stage: options.stage, dryRun: options.dryRun === true, round: options.round },
          // One start per invocation; the API answers a repeat of the key with the same run.
          headers: { 'idempotency-key': randomUUID() },
        });
        if (options.watch === true) return watchMatching(session, options.season, started.id, intervalMs(options));
        print(session.io, `${started.id}\n`);
        session.io.stderr.write(
          session.language === 'ru'
            ? `Распределение запущено. Следить: npm run cadre -- matching watch --season ${options.season} ${started.id}\n`
            : `Matching started. Watch it: npm run cadre -- matching watch --season ${options.season} ${started.id}\n`,
        );
        return EXIT.ok;
      }),
    );
  matching
    .command('watch')
    .description('follow a matching run until it ends and print its report; exit 1 if it failed')
    .argument('<runId>', 'the run, as `matching start` printed it')
    .requiredOption('--season <seasonId>', 'the season')
    .addOption(intervalOption())
    .action((runId: string, options: { season: string; interval: number }, command: Command) =>
      runner.run(command, (session) => watchMatching(session, options.season, runId, intervalMs(options))),
    );
};
