import { type Command, Option } from 'commander';
import { BREAKDOWN_DIMENSIONS } from '../../../shared/reports/report-schema.ts';
import { segment } from '../api-client.ts';
import { EXIT, type CommandRunner, print } from '../command-kit.ts';

/** The season reports the API serves at /seasons/{seasonId}/reports/<kind>. */
export const REPORT_KINDS = ['funnel', 'breakdown', 'time-in-stage', 'kpis'] as const;
export const REPORT_FORMATS = ['json', 'csv'] as const;

interface ReportOptions {
  readonly season: string;
  readonly format: (typeof REPORT_FORMATS)[number];
  readonly out?: string;
  readonly by?: string;
  readonly stage?: string;
  readonly region?: string;
  readonly track?: string;
  readonly role?: string;
}

/** JSON as the API sent it, indented for reading; CSV byte for byte (with its BOM, so Excel reads the Cyrillic). */
export const reportOutput = (format: ReportOptions['format'], body: string): string =>
  format === 'json' ? `${JSON.stringify(JSON.parse(body), null, 2)}\n` : body;

export const reportCommands = (program: Command, runner: CommandRunner): void => {
  program
    .command('report')
    .description('export a season report: funnel, breakdown (--by), time-in-stage or kpis, as JSON or CSV')
    .addArgument(program.createArgument('<kind>', 'the report').choices(REPORT_KINDS))
    .requiredOption('--season <seasonId>', 'the season')
    .addOption(new Option('--format <format>', 'json or csv').choices(REPORT_FORMATS).default('json'))
    .option('--out <file>', 'write the report to this file instead of stdout')
    .addOption(new Option('--by <dimension>', 'breakdown: by what').choices(BREAKDOWN_DIMENSIONS))
    .option('--stage <stage>', 'breakdown: only this stage')
    .option('--region <region>', 'funnel, time-in-stage: only this region (a code such as 59)')
    .option('--track <track>', 'funnel: only this track')
    .option('--role <role>', 'funnel: only this role')
    .action((kind: (typeof REPORT_KINDS)[number], options: ReportOptions, command: Command) =>
      runner.run(command, async ({ client, io, language }) => {
        const response = await client.send('GET', `/seasons/${segment(options.season)}/reports/${kind}`, {
          query: {
            format: options.format,
            by: options.by,
            stage: options.stage,
            region: options.region,
            track: options.track,
            role: options.role,
          },
          accept: options.format === 'csv' ? 'text/csv' : 'application/json',
        });
        const output = reportOutput(options.format, response.text);
        if (options.out === undefined) {
          print(io, output);
          return EXIT.ok;
        }
        await io.writeFile(options.out, output);
        io.stderr.write(language === 'ru' ? `Отчёт записан в ${options.out}\n` : `Report written to ${options.out}\n`);
        return EXIT.ok;
      }),
    );
};
