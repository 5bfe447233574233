import type { ServerResponse } from 'node:http';
import type { ApiResult } from '../../../shared/platform/http/api-gateway.ts';
import { problemResponse, type ProblemContext } from '../../../shared/platform/http/problem.ts';
import type { AppError } from '../../../shared/platform/errors/app-error.ts';

const CORRELATION_HEADER = 'x-correlation-id';

/**
 * Writes a Lambda result as API Gateway would: a bare string is a 200 JSON body, a structured
 * result sets status, headers, cookies and (possibly base64) body.
 */
export const writeResult = (response: ServerResponse, result: ApiResult | string, correlationId: string): void => {
  if (typeof result === 'string') {
    write(response, 200, { 'content-type': 'application/json' }, Buffer.from(result), correlationId);
    return;
  }
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  if (result.cookies !== undefined && result.cookies.length > 0) response.setHeader('set-cookie', result.cookies);
  const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded === true ? 'base64' : 'utf8');
  write(response, result.statusCode ?? 200, headers, body, correlationId);
};

/** The gateway's own refusals (404, 405, 401, 413) as problems, like the Lambdas' own. */
export const writeProblem = (response: ServerResponse, error: AppError, context: ProblemContext): void => {
  const problem = problemResponse(error, context);
  write(response, problem.status, problem.headers, Buffer.from(problem.body), context.correlationId);
};

export const writeJson = (response: ServerResponse, status: number, value: unknown, correlationId: string): void =>
  write(response, status, { 'content-type': 'application/json' }, Buffer.from(JSON.stringify(value)), correlationId);

const write = (
  response: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: Buffer,
  correlationId: string,
): void => {
  response.writeHead(status, { [CORRELATION_HEADER]: correlationId, ...headers, 'content-length': String(body.byteLength) });
  response.end(body);
};
