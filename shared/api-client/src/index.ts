import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export type { components, operations, paths } from './schema.ts';

/**
 * Every refusal the API itself writes: RFC 9457 problem details with a machine `code`, a message in
 * Russian and English, the fields at fault and a `correlationId` to quote to support.
 */
export type CadreProblem = components['schemas']['Problem'];

/** What the deployment's throttling (API Gateway) answers by itself with a 429: a bare message, no problem. */
export type CadreGatewayMessage = components['schemas']['GatewayMessage'];

/** A client of the whole API: `client.GET('/me/applications')` and so on, every path, parameter and body typed. */
export type CadreClient = Client<paths>;

export interface CadreClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The deployment's address, e.g. `https://api.example.org` (locally `http://localhost:3000`). */
  readonly baseUrl: string;
  /** A bearer token sent with every request (a Cognito ID token, or a machine client's access token on `/partner-api`). */
  readonly token?: string;
  /** Asked before every request, for a token that expires and is refreshed; an empty answer sends none. */
  readonly getToken?: () => string | undefined | Promise<string | undefined>;
}

/**
 * A typed client of the cadre API over openapi-fetch. Each call answers `{ data, error, response }`:
 * `data` typed by the operation's success response, `error` by its error responses (a
 * {@link CadreProblem}, or a {@link CadreGatewayMessage} on the gateway's 429), never both.
 */
export const createCadreClient = (options: CadreClientOptions): CadreClient => {
  const { baseUrl, token, getToken, ...rest } = options;
  if (token !== undefined && getToken !== undefined) throw new TypeError('createCadreClient: give token or getToken, not both');
  const client = createClient<paths>({ ...rest, baseUrl: baseUrl.replace(/\/+$/, '') });
  if (token !== undefined || getToken !== undefined) {
    client.use({
      onRequest: async ({ request }) => {
        const bearer = token ?? (await getToken?.());
        if (bearer !== undefined && bearer !== '') request.headers.set('authorization', `Bearer ${bearer}`);
        return request;
      },
    });
  }
  return client;
};

/** Whether an answer's `error` is the API's own problem (rather than the gateway's bare 429 message). */
export const isCadreProblem = (error: unknown): error is CadreProblem =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { readonly code?: unknown }).code === 'string' &&
  typeof (error as { readonly status?: unknown }).status === 'number';

/** A refused call, for code that prefers exceptions ({@link orThrow}): the status and, when the API wrote one, its problem. */
export class CadreApiError extends Error {
  readonly status: number;
  readonly problem: CadreProblem | undefined;

  constructor(response: Response, error: unknown) {
    const problem = isCadreProblem(error) ? error : undefined;
    super(
      problem === undefined
        ? `${response.status} ${response.statusText}`.trim()
        : `${problem.status} ${problem.code}: ${problem.message.en} (correlation id ${problem.correlationId})`,
    );
    this.name = 'CadreApiError';
    this.status = response.status;
    this.problem = problem;
  }
}

/** The data of a successful call, or a {@link CadreApiError}: `const page = await orThrow(client.GET('/me/applications'))`. */
export const orThrow = async <Data>(
  call: Promise<{ readonly data?: Data; readonly error?: unknown; readonly response: Response }>,
): Promise<Data> => {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new CadreApiError(response, error);
  return data as Data;
};
