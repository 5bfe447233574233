import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { ApiEvent, ApiResult } from '../../../shared/platform/http/api-gateway.ts';
import { problemSchema, type Problem } from '../../../shared/platform/http/problem-schema.ts';
import { createRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { defineRoute } from '../../../shared/platform/http/route.ts';
import * as z from 'zod';
import { apiEvent, lambdaContext, type ApiEventInit } from '../../support/api-event.ts';
import { createWidget, readWidget, TEST_ROUTES } from '../../support/test-routes.ts';

process.env['VALIDATE_RESPONSES'] = 'true';

const handler = createRouteHandler(TEST_ROUTES, { createWidget, readWidget });
const staff = { sub: 'staff-1', 'cognito:groups': '[staff]' };
const validWidget = { name: 'Gear', size: 3, owner: { email: 'owner@example.org', phone: '+7 900 000-00-00' } };
const post = (init: Partial<ApiEventInit>): ApiEventInit => ({
  method: 'POST',
  route: '/widgets/{widgetId}',
  pathParameters: { widgetId: 'w-1' },
  claims: staff,
  ...init,
});

const call = (init: ApiEventInit): Promise<ApiResult> => handler(apiEvent(init), lambdaContext());

const problemOf = (result: ApiResult): Problem => {
  assert.equal(result.headers?.['content-type'], 'application/problem+json');
  return problemSchema.parse(JSON.parse(result.body ?? ''));
};

describe('route handler', () => {
  it('serves a valid request and echoes the correlation id', async () => {
    const result = await call(post({ body: validWidget, headers: { 'x-correlation-id': 'abc-123' } }));
    assert.equal(result.statusCode, 201);
    assert.equal(result.headers?.['content-type'], 'application/json');
    assert.equal(result.headers?.['x-correlation-id'], 'abc-123');
    assert.deepEqual(JSON.parse(result.body ?? ''), { widgetId: 'w-1', name: 'Gear' });
  });

  it('uses the API Gateway request id when the caller sends no usable correlation id', async () => {
    const event = apiEvent(post({ rawBody: '{', headers: { 'x-correlation-id': 'bad id\nforged log line' } }));
    const result = await handler(event, lambdaContext());
    assert.equal(result.headers?.['x-correlation-id'], event.requestContext.requestId);
    assert.equal(problemOf(result).correlationId, event.requestContext.requestId);
  });

  it('refuses a protected route without claims with 401', async () => {
    const problem = problemOf(await call(post({ body: validWidget, claims: undefined })));
    assert.equal(problem.status, 401);
    assert.equal(problem.code, 'token-missing');
  });

  it('answers 401 token-expired for claims whose expiry has passed (a cached authorizer verdict outliving its token)', async () => {
    const expired = { ...staff, exp: String(Math.floor(Date.now() / 1000) - 5) };
    const problem = problemOf(await call(post({ body: validWidget, claims: expired })));
    assert.equal(problem.status, 401);
    assert.equal(problem.code, 'token-expired');
  });

  it("reads the token authorizer's claims, and answers its expired verdict with 401", async () => {
    const viaTokenAuthorizer = (lambda: NonNullable<ApiEvent['requestContext']['authorizer']>['lambda']): ApiEvent => {
      const event = apiEvent(post({ body: validWidget }));
      return { ...event, requestContext: { ...event.requestContext, authorizer: { lambda } } };
    };
    const served = await handler(viaTokenAuthorizer({ claims: staff }), lambdaContext());
    assert.equal(served.statusCode, 201);
    const refused = problemOf(await handler(viaTokenAuthorizer({ refusal: 'expired' }), lambdaContext()));
    assert.equal(refused.status, 401);
    assert.equal(refused.code, 'token-expired');
  });

  it("counts a token for the roles of its route's pool only: on an applicant route a token naming staff too is an applicant", async () => {
    const whoAmI = defineRoute({
      operationId: 'whoAmI',
      method: 'GET',
      path: '/who-am-i',
      capability: 'docs',
      roles: ['applicant'],
      summary: 'The caller (test only)',
      tags: ['test'],
      responses: { 200: { description: 'Roles', body: z.strictObject({ roles: z.array(z.string()) }) } },
    });
    const whoAmIHandler = createRouteHandler([whoAmI] as const, {
      whoAmI: async ({ identity }) => ({ status: 200, body: { roles: [...identity.roles] } }),
    });
    const result = await whoAmIHandler(
      apiEvent({ method: 'GET', route: '/who-am-i', claims: { sub: 'a-1', 'cognito:groups': '[applicant staff]' } }),
      lambdaContext(),
    );
    assert.deepEqual(JSON.parse(result.body ?? ''), { roles: ['applicant'] });
  });

  it('checks the role before looking at the body: wrong role with garbage gets 403, not 400/415', async () => {
    for (const init of [
      post({ rawBody: 'not json' }),
      post({ rawBody: 'x', headers: { 'content-type': 'text/plain' } }),
      post({ body: { nonsense: true } }),
    ]) {
      const problem = problemOf(await call({ ...init, claims: { sub: 'a-1', 'cognito:groups': ['applicant'] } }));
      assert.equal(problem.status, 403);
      assert.equal(problem.code, 'forbidden');
      assert.ok(problem.message.ru.length > 0, 'a message in Russian');
      assert.ok(problem.message.en.length > 0, 'a message in English');
    }
  });

  it('accepts cognito:groups both as an array and as API Gateway’s flattened string', async () => {
    assert.equal((await call(post({ body: validWidget, claims: { sub: 'p-1', 'cognito:groups': ['partner'] } }))).statusCode, 201);
    assert.equal((await call(post({ body: validWidget, claims: { sub: 'p-1', 'cognito:groups': '[admins partner]' } }))).statusCode, 201);
  });

  it('lists every failing field with a Russian and an English message, unknown fields included', async () => {
    const result = await call(
      post({
        pathParameters: { widgetId: 'nope' },
        query: { dryRun: 'maybe', extra: '1' },
        headers: { 'idempotency-key': 'not-a-uuid' },
        body: { name: 'G', size: 0, owner: { email: 'not-an-email', phone: '+7 900 000-00-00', ssn: '123' }, colour: 'red' },
      }),
    );
    const problem = problemOf(result);
    assert.equal(problem.status, 400);
    assert.equal(problem.code, 'validation-failed');
    assert.deepEqual(
      problem.errors.map((error) => error.field).sort(),
      [
        'body.colour',
        'body.name',
        'body.owner.email',
        'body.owner.ssn',
        'body.size',
        'headers.idempotency-key',
        'params.widgetId',
        'query.dryRun',
        'query.extra',
      ].sort(),
    );
    for (const error of problem.errors) {
      assert.match(error.message.ru, /[а-яё]/i, `${error.field} has a Russian message`);
      assert.match(error.message.en, /^[\x20-\x7e]+$/, `${error.field} has an English message`);
    }
    assert.equal(problem.errors.find((error) => error.field === 'body.colour')?.code, 'unrecognized-key');
  });

  it('reports a missing body as a validation failure of the body', async () => {
    const problem = problemOf(await call(post({})));
    assert.equal(problem.status, 400);
    assert.deepEqual(
      problem.errors.map((error) => error.field),
      ['body'],
    );
  });

  it('carries the code and bilingual messages of custom rules', async () => {
    const problem = problemOf(await call(post({ body: { ...validWidget, name: 'forbidden' } })));
    assert.deepEqual(problem.errors, [
      { field: 'body.name', code: 'reserved-name', message: { ru: 'Зарезервированное имя', en: 'Reserved name' } },
    ]);
  });

  it('answers 400 malformed-json, 415 for another media type and 413 over 100 KiB', async () => {
    assert.equal(problemOf(await call(post({ rawBody: '{"name":' }))).code, 'malformed-json');
    const wrongType = problemOf(await call(post({ rawBody: JSON.stringify(validWidget), headers: { 'content-type': 'text/plain' } })));
    assert.equal(wrongType.status, 415);
    const tooLarge = problemOf(await call(post({ body: { ...validWidget, padding: 'x'.repeat(101 * 1024) } })));
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.code, 'payload-too-large');
  });

  it('answers 400 too-deeply-nested past 64 levels of nesting, before any schema recurses into the body', async () => {
    const nestedIn = (levels: number): string => `${'{"a":['.repeat(levels / 2)}1${']}'.repeat(levels / 2)}`;
    const atTheCap = problemOf(await call(post({ rawBody: `{"name":"Gear","deep":${nestedIn(62)}}` })));
    assert.equal(atTheCap.code, 'validation-failed', '64 levels reach the schema');
    for (const levels of [66, 20_000]) {
      const problem = problemOf(await call(post({ rawBody: `{"name":"Gear","deep":${nestedIn(levels)}}` })));
      assert.equal(problem.status, 400);
      assert.equal(problem.code, 'too-deeply-nested');
      assert.deepEqual(
        problem.errors.map((error) => [error.field, error.code]),
        [['body', 'too-deeply-nested']],
      );
    }
  });

  it('decodes base64 bodies', async () => {
    const event = apiEvent(post({ rawBody: Buffer.from(JSON.stringify(validWidget)).toString('base64') }));
    const result = await handler({ ...event, isBase64Encoded: true }, lambdaContext());
    assert.equal(result.statusCode, 201);
  });

  it('serves public routes with and without a caller', async () => {
    const anonymous = await call({ method: 'GET', route: '/widgets/{widgetId}', pathParameters: { widgetId: 'w-9' } });
    assert.deepEqual(JSON.parse(anonymous.body ?? ''), { widgetId: 'w-9' });
    const known = await call({
      method: 'GET',
      route: '/widgets/{widgetId}',
      pathParameters: { widgetId: 'w-9' },
      claims: { sub: 'u-1', 'cognito:groups': '[applicant]' },
    });
    assert.deepEqual(JSON.parse(known.body ?? ''), { widgetId: 'w-9', caller: 'u-1' });
  });

  it('answers a route key it does not serve with 404 route-not-found', async () => {
    const problem = problemOf(
      await call({ method: 'DELETE', route: '/widgets/{widgetId}', pathParameters: { widgetId: 'w-1' }, claims: staff }),
    );
    assert.equal(problem.status, 404);
    assert.equal(problem.code, 'route-not-found');
  });

  it('turns an unexpected failure into a bare 500 problem without internals', async () => {
    const failing = createRouteHandler(TEST_ROUTES, {
      createWidget: async () => {
        throw new Error('database password is hunter2');
      },
      readWidget,
    });
    const result = await failing(apiEvent(post({ body: validWidget })), lambdaContext());
    const problem = problemOf(result);
    assert.equal(problem.status, 500);
    assert.equal(problem.code, 'internal-error');
    assert.doesNotMatch(result.body ?? '', /hunter2|Error:|at /);
  });

  it('refuses (500) a response that breaks the route’s declared contract when VALIDATE_RESPONSES=true', async () => {
    const drifting = createRouteHandler(TEST_ROUTES, { createWidget: async () => ({ status: 201, body: { widgetId: 1 } }), readWidget });
    assert.equal((await drifting(apiEvent(post({ body: validWidget })), lambdaContext())).statusCode, 500);
    const undeclared = createRouteHandler(TEST_ROUTES, { createWidget: async () => ({ status: 202 }), readWidget });
    assert.equal((await undeclared(apiEvent(post({ body: validWidget })), lambdaContext())).statusCode, 500);
  });

  it('answers in an alternative media type the route declares when the implementation names it, checked against its own schema', async () => {
    const CSV = 'text/csv; charset=utf-8';
    const report = defineRoute({
      operationId: 'readReport',
      method: 'GET',
      path: '/report',
      capability: 'docs',
      roles: ['staff'],
      summary: 'A report (test only)',
      tags: ['test'],
      request: { query: z.strictObject({ as: z.enum(['json', 'csv', 'html', 'bad-csv']) }) },
      responses: {
        200: {
          description: 'The report',
          body: z.strictObject({ total: z.int() }),
          alternatives: { [CSV]: z.string().regex(/^total\r\n/) },
        },
      },
    });
    const reports = createRouteHandler([report] as const, {
      readReport: async ({ query }) =>
        query.as === 'json'
          ? { status: 200, body: { total: 3 } }
          : query.as === 'html'
            ? { status: 200, body: { total: 3 }, headers: { 'content-type': 'text/html' } }
            : { status: 200, body: query.as === 'csv' ? 'total\r\n3\r\n' : '3\r\n', headers: { 'content-type': CSV } },
    });
    const read = (as: string) => reports(apiEvent({ method: 'GET', route: '/report', query: { as }, claims: staff }), lambdaContext());
    const csv = await read('csv');
    assert.deepEqual([csv.statusCode, csv.headers?.['content-type'], csv.body], [200, CSV, 'total\r\n3\r\n']);
    const json = await read('json');
    assert.deepEqual([json.headers?.['content-type'], json.body], ['application/json', '{"total":3}']);
    // A media type the route does not declare is not honoured: the route's own type stands.
    assert.equal((await read('html')).headers?.['content-type'], 'application/json');
    assert.equal((await read('bad-csv')).statusCode, 500);
  });

  it('fails at construction when implementations and routes disagree', () => {
    assert.throws(
      () =>
        createRouteHandler(TEST_ROUTES, { createWidget } as unknown as Parameters<
          typeof createRouteHandler<(typeof TEST_ROUTES)[number]>
        >[1]),
      /missing \[readWidget\]/,
    );
  });
});
