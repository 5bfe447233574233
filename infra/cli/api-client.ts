/**
 * The CLI's HTTP client: the API's base URL and a bearer token over fetch. A refusal becomes an
 * ApiError carrying the problem+json the API answered (or the bare text of anything else); a
 * request that never got an answer becomes a NetworkError naming the URL.
 */
export interface ProblemBody {
  readonly status?: number;
  readonly code?: string;
  readonly message?: { readonly ru?: string; readonly en?: string };
  readonly detail?: string;
  readonly title?: string;
  readonly errors?: readonly {
    readonly field?: string;
    readonly code?: string;
    readonly message?: { readonly ru?: string; readonly en?: string };
  }[];
  readonly correlationId?: string;
}

export interface ApiErrorInit {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** The problem the API answered, when it answered one. */
  readonly problem: ProblemBody | undefined;
  /** The body as text when it was not a problem (a proxy's error page, an empty 502). */
  readonly text: string;
  /** Where the API points to (e.g. the run that is already working, on a 409). */
  readonly location: string | undefined;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly problem: ProblemBody | undefined;
  readonly text: string;
  readonly location: string | undefined;

  constructor(init: ApiErrorInit) {
    super(`${init.method} ${init.url} answered ${init.status}`);
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.problem = init.problem;
    this.text = init.text;
    this.location = init.location;
  }
}

export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly method: string;
  readonly url: string;
  /** What the connection said (ECONNREFUSED, ENOTFOUND, a TLS failure). */
  readonly reason: string;

  constructor(method: string, url: string, reason: string) {
    super(`${method} ${url} failed: ${reason}`);
    this.method = method;
    this.url = url;
    this.reason = reason;
  }
}

export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export interface RequestInit {
  readonly query?: Query;
  readonly json?: unknown;
  /** A raw body and its media type (a CSV upload). */
  readonly text?: { readonly body: string; readonly contentType: string };
  readonly accept?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ApiResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

export interface ApiClient {
  readonly baseUrl: string;
  readonly send: (method: string, path: string, init?: RequestInit) => Promise<ApiResponse>;
  /** JSON in, JSON out: the body of a 2xx answer. */
  readonly json: <T>(method: string, path: string, init?: RequestInit) => Promise<T>;
}

export interface ApiClientOptions {
  readonly baseUrl: string;
  readonly token?: string | undefined;
  readonly fetch: typeof fetch;
}

/** A path's segment from a value the user typed: `a/b` stays one segment. */
export const segment = (value: string): string => encodeURIComponent(value);

const urlOf = (baseUrl: string, path: string, query: Query = {}): string => {
  const url = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url.href;
};

/** What fetch's TypeError hides in its cause: `connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo ENOTFOUND …`. */
const reasonOf = (error: unknown): string => {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  if (cause instanceof AggregateError) return cause.errors.map((inner: unknown) => String(inner)).join('; ');
  return error instanceof Error ? error.message : String(error);
};

/** Response.text() drops a leading BOM; a CSV export keeps it (it is how Excel knows the file is UTF-8). */
const keepingBom = new TextDecoder('utf-8', { ignoreBOM: true });

const parseProblem = (contentType: string, text: string): ProblemBody | undefined => {
  if (!/json/i.test(contentType)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ProblemBody) : undefined;
  } catch {
    return undefined;
  }
};

export const apiClient = ({ baseUrl, token, fetch }: ApiClientOptions): ApiClient => {
  const send = async (method: string, path: string, init: RequestInit = {}): Promise<ApiResponse> => {
    const url = urlOf(baseUrl, path, init.query);
    const headers: Record<string, string> = { accept: init.accept ?? 'application/json', ...init.headers };
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    let body: string | undefined;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.text !== undefined) {
      headers['content-type'] = init.text.contentType;
      body = init.text.body;
    }
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
      text = keepingBom.decode(await response.arrayBuffer());
    } catch (error) {
      throw new NetworkError(method, url, reasonOf(error));
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.ok) {
      throw new ApiError({
        method,
        url,
        status: response.status,
        problem: parseProblem(contentType, text),
        text,
        location: response.headers.get('location') ?? undefined,
      });
    }
    return { status: response.status, contentType, text };
  };
  return {
    baseUrl,
    send,
    json: async <T>(method: string, path: string, init?: RequestInit): Promise<T> => {
      const response = await send(method, path, init);
      return JSON.parse(response.text) as T;
    },
  };
};
