import type { Command } from 'commander';
import type { ImportReport } from '../../../shared/education/domain/csv/import-report-schema.ts';
import { segment } from '../api-client.ts';
import { EXIT, type CommandRunner, print } from '../command-kit.ts';
import { importReportText } from '../format/import-report.ts';

export const educationCommands = (program: Command, runner: CommandRunner): void => {
  const education = program.command('education').description("the education block: participants' learning progress");
  education
    .command('import')
    .description(
      'upload a CSV of learning progress (columns applicationId, kind, itemId, at) and print what happened to every row; exit 2 if rows were rejected',
    )
    .argument('<file>', 'the CSV file (UTF-8, comma or semicolon)')
    .requiredOption('--season <seasonId>', 'the season')
    .action((file: string, options: { season: string }, command: Command) =>
      runner.run(command, async (session) => {
        const csv = (await session.io.readFile(file)).toString('utf8');
        const report = await session.client.json<ImportReport>('POST', `/seasons/${segment(options.season)}/education/imports`, {
          text: { body: csv, contentType: 'text/csv; charset=utf-8' },
        });
        print(session.io, importReportText(report, session.language));
        return report.rejected > 0 ? EXIT.rowsRejected : EXIT.ok;
      }),
    );
};
