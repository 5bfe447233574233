import type { IncomingMessage } from 'node:http';
import type { ApiAuthorizer, ApiEvent } from '../../../shared/platform/http/api-gateway.ts';
import { routeKey, type RouteDefinition } from '../../../shared/platform/http/route.ts';

export interface PayloadEventInit {
  readonly request: IncomingMessage;
  readonly url: URL;
  readonly route: RouteDefinition;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly requestId: string;
  /** What the route's authorizer passed on; absent on public routes, which API Gateway does not authorize. */
  readonly authorizer: ApiAuthorizer | undefined;
}

/** Media types API Gateway passes as text; any other body arrives base64-encoded. */
const TEXT_MEDIA_TYPE = /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded))/i;

/** The API Gateway HTTP API payload format 2.0 event for a request, as the Lambda would receive it. */
export const payloadEvent = ({ request, url, route, pathParameters, body, requestId, authorizer }: PayloadEventInit): ApiEvent => {
  const { cookie, ...headers } = headersOf(request);
  const isText = TEXT_MEDIA_TYPE.test(headers['content-type'] ?? '');
  const now = new Date();
  const key = routeKey(route);
  return {
    version: '2.0',
    routeKey: key,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(cookie === undefined ? {} : { cookies: cookie.split(/;\s*/) }),
    headers: {
      ...headers,
      'x-forwarded-for': request.socket.remoteAddress ?? '127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': String(request.socket.localPort ?? ''),
    },
    queryStringParameters: queryOf(url),
    pathParameters: Object.keys(pathParameters).length > 0 ? { ...pathParameters } : undefined,
    body: body.byteLength === 0 ? undefined : body.toString(isText ? 'utf8' : 'base64'),
    isBase64Encoded: body.byteLength > 0 && !isText,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers['host'] ?? 'localhost',
      domainPrefix: (headers['host'] ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: key,
      stage: '$default',
      time: accessLogTime(now),
      timeEpoch: now.getTime(),
      ...(authorizer === undefined ? {} : { authorizer }),
    },
  };
};

/** Lower-case names, repeated headers joined with commas, as in payload 2.0. */
const headersOf = (request: IncomingMessage): Record<string, string> =>
  Object.fromEntries(
    Object.entries(request.headersDistinct).map(([name, values]) => [name, (values ?? []).join(name === 'cookie' ? '; ' : ',')]),
  );

/** Repeated query parameters are joined with commas, as in payload 2.0. */
const queryOf = (url: URL): Record<string, string> | undefined => {
  const names = [...new Set(url.searchParams.keys())];
  return names.length === 0 ? undefined : Object.fromEntries(names.map((name) => [name, url.searchParams.getAll(name).join(',')]));
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's `requestContext.time` format: 12/Mar/2020:19:03:58 +0000. */
const accessLogTime = (date: Date): string => {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
};
