import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { localLambdaContext } from '../../infra/local/lambda-context.ts';

/**
 * Builds the API Gateway HTTP API (payload 2.0) event a capability Lambda receives, so a handler
 * can be driven directly in tests exactly as API Gateway (or the local gateway) would call it.
 * `claims` are what the JWT authorizer puts in requestContext; omit them for an anonymous call.
 */
export interface ApiEventInit {
  readonly method: string;
  /** Route path template, e.g. `/programmes/{programmeId}`. */
  readonly route: string;
  readonly pathParameters?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  /** Raw body string, for malformed-input tests; wins over `body`. */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
  readonly claims?: Record<string, string | number | boolean | string[]>;
}

export const apiEvent = (init: ApiEventInit): APIGatewayProxyEventV2WithJWTAuthorizer => {
  const rawPath = init.route.replace(/\{(\w+)\+?\}/g, (_, name: string) => init.pathParameters?.[name] ?? name);
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const headers: Record<string, string> = { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers };
  const query = init.query ?? {};
  const requestId = randomUUID();
  return {
    version: '2.0',
    routeKey: `${init.method} ${init.route}`,
    rawPath,
    rawQueryString: new URLSearchParams(query).toString(),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters: init.pathParameters,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: init.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId,
      routeKey: `${init.method} ${init.route}`,
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: (init.claims ?? {}) as Record<string, string>, scopes: [] } },
    },
    stageVariables: undefined,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
};

export const lambdaContext = (): Context => localLambdaContext('test', 30_000);

export interface HandlerResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Readonly<Record<string, unknown>>;
}

/** Drives a capability's Lambda handler with the event API Gateway would send, and parses its answer. */
export const invokeHandler = async (
  handler: (
    event: ReturnType<typeof apiEvent>,
    context: Context,
  ) => Promise<{ statusCode?: number; body?: string; headers?: Record<string, unknown> }>,
  init: ApiEventInit,
): Promise<HandlerResponse> => {
  const result = await handler(apiEvent(init), lambdaContext());
  return {
    status: result.statusCode ?? 0,
    body: typeof result.body === 'string' && result.body.length > 0 ? (JSON.parse(result.body) as Record<string, unknown>) : {},
    headers: result.headers ?? {},
  };
};
