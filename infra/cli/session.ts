import type { Command } from 'commander';
import { isRole, ROLES } from '../../shared/platform/auth/roles.ts';
import { ApiError, apiClient, type ApiClient } from './api-client.ts';
import type { CliIo } from './cli-io.ts';
import { languageOf, type Language, type Localised } from './language.ts';

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
  readonly localised: Localised;

  constructor(message: Localised) {
    super(message.en);
    this.localised = message;
  }
}

const ROLE_LIST = ROLES.join(', ');

/**
 * The token a command sends: `--token` (or CADRE_TOKEN), or with `--as <role>` one minted for a
 * demo person of the role by the local cloud's issuer (`POST /local/token`, which a deployment
 * does not have), or none (public routes).
 */
const tokenOf = async (options: GlobalOptions, baseUrl: string, io: CliIo): Promise<string | undefined> => {
  const given = options.token ?? io.env['CADRE_TOKEN'];
  if (options.as === undefined) return given === '' ? undefined : given;
  if (options.token !== undefined)
    throw new UsageError({
      ru: '--token и --as называют разных пользователей: укажите что-то одно.',
      en: '--token and --as name two different callers: give one.',
    });
  if (!isRole(options.as))
    throw new UsageError({
      ru: `--as принимает роль: ${ROLE_LIST} (не «${options.as}»).`,
      en: `--as takes a role: ${ROLE_LIST} (not "${options.as}").`,
    });
  try {
    const issued = await apiClient({ baseUrl, fetch: io.fetch }).json<{ token: string }>('POST', '/local/token', {
      json: { role: options.as },
    });
    return issued.token;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    throw new UsageError({
      ru: `${baseUrl} не выдаёт демо-токены: --as работает только с локальным облаком (npm start). Передайте --token.`,
      en: `${baseUrl} mints no demo tokens: --as works against the local cloud (npm start) only. Give --token.`,
    });
  }
};

/** The API's address: an http(s) URL, possibly with a stage path (`https://…/prod`). */
const apiUrlOf = (options: GlobalOptions, io: CliIo): string => {
  const url = options.url ?? io.env['CADRE_API_URL'] ?? DEFAULT_API_URL;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new UsageError({ ru: `--url: нужен адрес http(s)://…, а не «${url}».`, en: `--url takes an http(s)://… address, not "${url}".` });
  return url;
};

export const openSession = async (command: Command, io: CliIo): Promise<Session> => {
  const options = command.optsWithGlobals<GlobalOptions>();
  const baseUrl = apiUrlOf(options, io);
  const token = await tokenOf(options, baseUrl, io);
  return { client: apiClient({ baseUrl, token, fetch: io.fetch }), language: languageOf(options.lang, io.env), io };
};
