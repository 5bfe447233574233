import type { Command } from 'commander';
import { isRole } from '../../shared/platform/auth/roles.ts';
import { apiClient, type ApiClient } from './api-client.ts';
import type { CliIo } from './cli-io.ts';
import { languageOf, type Language } from './language.ts';

/** Where `npm start` serves the API. */
export const DEFAULT_API_URL = 'http://localhost:3000';

/** The options every command takes (the program's own). */
export interface GlobalOptions {
  readonly url?: string;
  readonly token?: string;
  readonly as?: string;
  readonly lang?: string;
}

/** What a command works with: the API as the user is signed in to it, their language, the outside world. */
export interface Session {
  readonly client: ApiClient;
  readonly language: Language;
  readonly io: CliIo;
}

/** A mistake in the command line the API never sees (commander's own refusals are its usage errors). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The token a command sends: `--token` (or CADRE_TOKEN), or with `--as <role>` one minted for a
 * demo person of the role by the local cloud's issuer (`POST /local/token`, which a deployment
 * does not have), or none (public routes).
 */
const tokenOf = async (options: GlobalOptions, baseUrl: string, io: CliIo): Promise<string | undefined> => {
  const given = options.token ?? io.env['CADRE_TOKEN'];
  if (options.as === undefined) return given === '' ? undefined : given;
  if (options.token !== undefined) throw new UsageError('--token and --as name two different callers: give one.');
  if (!isRole(options.as)) throw new UsageError(`--as takes a role: applicant, expert, mentor, staff or partner (not "${options.as}").`);
  const issued = await apiClient({ baseUrl, fetch: io.fetch }).json<{ token: string }>('POST', '/local/token', {
    json: { role: options.as },
  });
  return issued.token;
};

export const openSession = async (command: Command, io: CliIo): Promise<Session> => {
  const options = command.optsWithGlobals<GlobalOptions>();
  const baseUrl = options.url ?? io.env['CADRE_API_URL'] ?? DEFAULT_API_URL;
  const token = await tokenOf(options, baseUrl, io);
  return { client: apiClient({ baseUrl, token, fetch: io.fetch }), language: languageOf(options.lang, io.env), io };
};
