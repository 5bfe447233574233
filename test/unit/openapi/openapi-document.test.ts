import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { docsPage } from '../../../functions/docs/docs-page.ts';
import { swaggerUiAsset } from '../../../functions/docs/swagger-ui-asset.ts';
import { isPublicRoute, type RouteDefinition } from '../../../shared/platform/http/route.ts';
import { generateOpenApi } from '../../../shared/api-docs/openapi/generate-openapi.ts';
import type { OpenApiDocument, OperationObject } from '../../../shared/api-docs/openapi/openapi-document.ts';
import { ROUTES } from '../../../shared/route-table.ts';
import { TEST_ROUTES } from '../../support/test-routes.ts';

const INFO = { title: 'cadre API', version: 'test' };

const operationOf = (document: OpenApiDocument, route: RouteDefinition): OperationObject | undefined =>
  document.paths[route.path]?.[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'];

const refsIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === '$ref' && typeof item === 'string' ? [item] : refsIn(item)));
};

const resolve = (document: unknown, ref: string): unknown =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, segment) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined),
      document,
    );

const checkDocument = (routes: readonly RouteDefinition[]): void => {
  const document = generateOpenApi(routes, INFO);
  assert.equal(document.openapi, '3.1.0');

  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
  assert.equal(operations.length, routes.length, 'one operation per route');
  assert.equal(new Set(operations.map((operation) => operation.operationId)).size, operations.length, 'unique operationIds');

  for (const route of routes) {
    const operation = operationOf(document, route);
    assert.ok(operation, `${route.method} ${route.path} is documented`);
    assert.equal(operation.operationId, route.operationId);
    assert.deepEqual(operation['x-roles'], route.roles);
    assert.match(operation.description, new RegExp(`Roles: ${route.roles.join(', ')}`));
    const statuses = Object.keys(operation.responses);
    assert.ok(statuses.includes('400'), `${route.operationId}: 400`);
    assert.ok(statuses.includes('500'), `${route.operationId}: 500`);
    for (const status of Object.keys(route.responses)) assert.ok(statuses.includes(status), `${route.operationId}: declared ${status}`);
    if (isPublicRoute(route)) {
      assert.deepEqual(operation.security, []);
      assert.ok(!statuses.includes('401'), `${route.operationId}: public, so no 401`);
      assert.ok(!statuses.includes('403'), `${route.operationId}: public, so no 403`);
    } else {
      assert.deepEqual(operation.security, [{ cognitoJwt: [] }]);
      assert.ok(statuses.includes('401'), `${route.operationId}: protected, so 401`);
      assert.ok(statuses.includes('403'), `${route.operationId}: protected, so 403`);
    }
    const hasBody = route.request?.body !== undefined;
    assert.equal(operation.requestBody !== undefined, hasBody);
    if (hasBody) {
      assert.ok(statuses.includes('413'), `${route.operationId}: takes a body, so 413`);
      assert.ok(statuses.includes('415'), `${route.operationId}: takes a body, so 415`);
    } else {
      assert.ok(
        !(statuses.includes('413') && statuses.includes('415')),
        `${route.operationId}: takes no body, so not both 413 and 415: ${statuses.join(', ')}`,
      );
    }
    const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const documented = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
    assert.deepEqual(documented.sort(), pathParameters.sort(), `${route.operationId}: path parameters`);
  }

  const unresolved = refsIn(document).filter((ref) => !ref.startsWith('#/') || resolve(document, ref) === undefined);
  assert.deepEqual(unresolved, [], 'every $ref resolves');
  assert.ok(document.components.schemas['Problem'], 'the Problem schema');
};

describe('OpenAPI document', () => {
  it('documents every route of the route table, with resolvable refs and unique operationIds', () => {
    checkDocument(ROUTES);
  });

  it('documents params, query, headers, bodies and declared responses of any route', () => {
    checkDocument([...ROUTES, ...TEST_ROUTES]);
    const operation = operationOf(generateOpenApi(TEST_ROUTES, INFO), TEST_ROUTES[0]);
    assert.deepEqual(
      operation?.parameters?.map((parameter) => [parameter.name, parameter.in, parameter.required]),
      [
        ['widgetId', 'path', true],
        ['dryRun', 'query', false],
        ['idempotency-key', 'header', false],
      ],
    );
  });

  it('documents a response’s alternative media types beside its JSON (a report as CSV)', () => {
    const funnel = ROUTES.find((route) => route.operationId === 'getFunnelReport');
    assert.ok(funnel);
    const response = operationOf(generateOpenApi(ROUTES, INFO), funnel)?.responses['200'] as
      | { readonly content?: Readonly<Record<string, unknown>> }
      | undefined;
    assert.deepEqual(Object.keys(response?.content ?? {}), ['application/json', 'text/csv']);
  });
});

describe('docs page', () => {
  const page = docsPage({ title: 'cadre <API>', version: '1.0.0' });

  it('runs Swagger UI from this API over openapi.json, loading nothing from elsewhere', () => {
    assert.match(page, /<title>cadre &lt;API&gt; 1\.0\.0: documentation<\/title>/);
    assert.match(page, /<script src="docs\/swagger-ui\.js" defer><\/script>/);
    assert.match(page, /<link rel="stylesheet" href="docs\/swagger-ui\.css">/);
    assert.match(page, /data-openapi="openapi\.json"/);
    assert.doesNotMatch(page, /https?:\/\/|<script>|\son\w+=/i, 'no absolute URL, no inline script or handler');
  });

  it('serves Swagger UI gzipped to clients that accept it, as text to the others', async () => {
    const plain = await swaggerUiAsset('swagger-ui.css', undefined);
    assert.equal(plain.isBase64Encoded, undefined);
    assert.match(String(plain.body), /\.swagger-ui/);
    for (const refused of ['identity', 'gzip;q=0', 'br'])
      assert.equal((await swaggerUiAsset('swagger-ui.css', refused)).isBase64Encoded, undefined, refused);
    const gzipped = await swaggerUiAsset('swagger-ui.css', 'br, GZIP;q=0.8');
    assert.equal(gzipped.isBase64Encoded, true);
    assert.equal(gzipped.headers?.['content-encoding'], 'gzip');
    assert.equal(gunzipSync(Buffer.from(String(gzipped.body), 'base64')).toString('utf8'), plain.body);
  });
});
