import type { Command } from 'commander';
import type { GateRunView } from '../../../shared/progression/gate-run-view.ts';
import { segment } from '../api-client.ts';
import { EXIT, type CommandRunner, type ExitCode, intervalMs, intervalOption, print } from '../command-kit.ts';
import { gateFinished, gateProgress, gateSummary } from '../format/gate-run.ts';
import { progressDisplay } from '../progress-display.ts';
import type { Session } from '../session.ts';
import { watchRun } from '../watch-run.ts';

interface GateStarted {
  readonly gateRunId: string;
  readonly executionArn: string;
}

/** Watches a gate run to its end; non-zero when it failed. */
const watchGate = async (session: Session, seasonId: string, gateRunId: string, everyMs: number): Promise<ExitCode> => {
  const { client, language, io } = session;
  const run = await watchRun({
    read: () => client.json<GateRunView>('GET', `/seasons/${segment(seasonId)}/gates/${segment(gateRunId)}`),
    finished: gateFinished,
    progress: (current) => gateProgress(current, language),
    display: progressDisplay(io.stdout),
    intervalMs: everyMs,
    wait: io.wait,
  });
  print(io, gateSummary(run, language));
  return run.status === 'succeeded' ? EXIT.ok : EXIT.failed;
};

export const gateCommands = (program: Command, runner: CommandRunner): void => {
  const gate = program.command('gate').description("cohort gates: move every application of a stage along the pipeline's gate transition");
  gate
    .command('start')
    .description('start a gate run (POST /seasons/{seasonId}/gates); prints its id, or with --watch follows it to its end')
    .requiredOption('--season <seasonId>', 'the season')
    .requiredOption('--from <stage>', 'the stage whose applications move')
    .requiredOption('--to <stage>', 'where the gate transition takes them')
    .option('--watch', 'follow the run until it ends (exit 1 if it fails)')
    .addOption(intervalOption())
    .action((options: { season: string; from: string; to: string; watch?: true; interval: number }, command: Command) =>
      runner.run(command, async (session) => {
        const started = await session.client.json<GateStarted>('POST', `/seasons/${segment(options.season)}/gates`, {
          json: { from: options.from, to: options.to },
        });
        if (options.watch === true) return watchGate(session, options.season, started.gateRunId, intervalMs(options));
        print(session.io, `${started.gateRunId}\n`);
        session.io.stderr.write(
          session.language === 'ru'
            ? `Гейт запущен. Следить: npm run cadre -- gate watch --season ${options.season} ${started.gateRunId}\n`
            : `Gate started. Watch it: npm run cadre -- gate watch --season ${options.season} ${started.gateRunId}\n`,
        );
        return EXIT.ok;
      }),
    );
  gate
    .command('watch')
    .description('follow a gate run (GET /seasons/{seasonId}/gates/{gateRunId}) until it ends; exit 1 if it failed')
    .argument('<gateRunId>', 'the run, as `gate start` printed it')
    .requiredOption('--season <seasonId>', 'the season')
    .addOption(intervalOption())
    .action((gateRunId: string, options: { season: string; interval: number }, command: Command) =>
      runner.run(command, (session) => watchGate(session, options.season, gateRunId, intervalMs(options))),
    );
};
