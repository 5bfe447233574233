/**
 * The e2e tests' only way into the platform: HTTP to the running local cloud, as any client. Every
 * call states the status it expects, and a surprise fails with the method, path and the whole
 * answer (a problem+json lists every field at fault), so a red test says what went wrong.
 */
export interface CallOptions {
  readonly token?: string | undefined;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The status the call must answer with. */
  readonly expect: number;
}

export interface ApiAnswer<T> {
  readonly body: T;
  readonly headers: Headers;
}

export type Api = <T = Record<string, unknown>>(method: string, path: string, options: CallOptions) => Promise<ApiAnswer<T>>;

export const apiAt =
  (baseUrl: string): Api =>
  async <T>(method: string, path: string, { token, body, headers, expect }: CallOptions): Promise<ApiAnswer<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status !== expect) throw new Error(`${method} ${path}: expected ${expect}, got ${response.status}: ${text}`);
    return { body: (text.length === 0 ? undefined : JSON.parse(text)) as T, headers: response.headers };
  };
