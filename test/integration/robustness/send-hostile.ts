import { randomUUID } from 'node:crypto';
import type { RouteDefinition } from '../../../shared/platform/http/route.ts';
import type { RawBody } from './hostile-values.ts';

/** One hostile request against one route; whatever it does not say is the world's good value. */
export interface HostileRequest {
  readonly label: string;
  /** Path parameters to replace; `raw` ones are written into the path without percent-encoding. */
  readonly params?: Readonly<Record<string, { readonly value: string; readonly raw?: boolean }>>;
  /** The query string, already encoded, without `?`. */
  readonly query?: string;
  /** A raw body; absent, the route's good body (or none) is sent. */
  readonly raw?: RawBody;
  /** A JSON body to send instead of the good one. */
  readonly json?: unknown;
  /** Headers to set (undefined: leave out), over the good ones. */
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

export interface SendContext {
  readonly baseUrl: string;
  readonly route: RouteDefinition;
  readonly params: Readonly<Record<string, string>>;
  readonly token: string | undefined;
  /** The route's good body, sent when the request names none. */
  readonly goodBody: { readonly text: string; readonly contentType: string } | undefined;
  /** Headers the route requires, with good values (a fresh Idempotency-Key each time). */
  readonly requiredHeaders: readonly string[];
}

export const sendHostile = (context: SendContext, request: HostileRequest): Promise<Response> => {
  const { route } = context;
  const path = route.path.replace(/\{(\w+)\+?\}/g, (_, name: string) => {
    const override = request.params?.[name];
    if (override !== undefined) return override.raw === true ? override.value : encodeURIComponent(override.value);
    return encodeURIComponent(context.params[name] ?? `zz${randomUUID().slice(0, 8)}`);
  });
  const headers = new Headers();
  if (context.token !== undefined) headers.set('authorization', `Bearer ${context.token}`);
  for (const name of context.requiredHeaders) headers.set(name, randomUUID());
  let body: string | Buffer | undefined;
  let contentType: string | null | undefined;
  if (request.raw !== undefined) {
    body = request.raw.body;
    contentType = request.raw.contentType === undefined ? 'application/json' : request.raw.contentType;
  } else if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    contentType = 'application/json';
  } else if (context.goodBody !== undefined) {
    body = context.goodBody.text;
    contentType = context.goodBody.contentType;
  }
  if (contentType !== undefined && contentType !== null) headers.set('content-type', contentType);
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (value === undefined) headers.delete(name);
    else headers.set(name, value);
  }
  // fetch refuses a body on GET; API Gateway would hand it over, but the routes ignore it anyway.
  const sendsBody = body !== undefined && route.method !== 'GET';
  return fetch(`${context.baseUrl}${path}${request.query === undefined ? '' : `?${request.query}`}`, {
    method: route.method,
    headers,
    ...(sendsBody ? { body: typeof body === 'string' ? body : new Uint8Array(body ?? []) } : {}),
  });
};
