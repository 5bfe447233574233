import { Command, CommanderError, Option } from 'commander';
import { ApiError, NetworkError } from './api-client.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { commandRunner, EXIT, type ExitCode } from './command-kit.ts';
import { countersCommands } from './commands/counters.ts';
import { educationCommands } from './commands/education.ts';
import { gateCommands } from './commands/gate.ts';
import { matchingCommands } from './commands/matching.ts';
import { reportCommands } from './commands/report.ts';
import { formatApiError, formatNetworkError } from './format/errors.ts';
import { LANGUAGES, languageOf } from './language.ts';
import { DEFAULT_API_URL, type GlobalOptions, UsageError } from './session.ts';

/** A file the command was given could not be read or written (ENOENT, EACCES): Node's message names it. */
const isFileError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).path === 'string';

const program = (io: CliIo, exitWith: (code: ExitCode) => void): Command => {
  const root = new Command('cadre')
    .description('The staff and ops CLI of cadre: reports, gates, matching runs, education imports, counters.')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .exitOverride()
    .showHelpAfterError()
    .option('--url <apiUrl>', `the API (env CADRE_API_URL; default ${DEFAULT_API_URL}, the local cloud of npm start)`)
    .option('--token <jwt>', 'a bearer token (env CADRE_TOKEN)')
    .option('--as <role>', 'local cloud only: a demo token of this role from its issuer (POST /local/token), e.g. staff')
    .addOption(new Option('--lang <language>', 'language of messages (default from LANG)').choices(LANGUAGES));
  const runner = commandRunner(io, exitWith);
  reportCommands(root, runner);
  gateCommands(root, runner);
  matchingCommands(root, runner);
  educationCommands(root, runner);
  countersCommands(root, runner);
  return root;
};

/**
 * Runs the CLI on `argv` (the words after `cadre`) and answers its exit code. Everything it
 * touches comes through `io`, so tests run it in-process; cadre.ts runs it on the process.
 */
export const run = async (argv: readonly string[], io: CliIo = processIo()): Promise<number> => {
  let exitCode: ExitCode = EXIT.ok;
  const root = program(io, (code) => {
    exitCode = code;
  });
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const language = languageOf(root.opts<GlobalOptions>().lang, io.env);
    if (error instanceof ApiError) io.stderr.write(formatApiError(error, language));
    else if (error instanceof NetworkError) io.stderr.write(formatNetworkError(error, language));
    else if (error instanceof UsageError) io.stderr.write(`${error.localised[language]}\n`);
    else if (isFileError(error)) io.stderr.write(`${error.message}\n`);
    else throw error;
    return EXIT.failed;
  }
};
