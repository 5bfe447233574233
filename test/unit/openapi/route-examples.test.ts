import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, it } from 'vitest';
import { ROUTE_EXAMPLES } from '../../../shared/api-docs/examples/route-examples.ts';
import { generateOpenApi } from '../../../shared/api-docs/openapi/generate-openapi.ts';
import type { MediaTypeObject, OperationObject, ResponseObject } from '../../../shared/api-docs/openapi/openapi-document.ts';
import type { RouteDefinition } from '../../../shared/platform/http/route.ts';
import { ROUTES } from '../../../shared/route-table.ts';

const document = generateOpenApi(ROUTES, { title: 'cadre API', version: 'test' }, ROUTE_EXAMPLES);

// The whole document as one schema resource, so a component's `#/components/schemas/…` refs resolve.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi');

const operationOf = (route: RouteDefinition): OperationObject => {
  const operation = document.paths[route.path]?.[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'];
  assert.ok(operation, route.operationId);
  return operation;
};

/** Every failure of `example` against the document's schema for it, one line each. */
const jsonSchemaFailures = (media: MediaTypeObject): string[] => {
  const ref = media.schema['$ref'];
  const validate = typeof ref === 'string' ? ajv.getSchema(`openapi${ref}`) : ajv.compile(media.schema);
  assert.ok(validate, `schema ${String(ref)}`);
  return validate(media.example) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
};

const zodFailures = (
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } } },
  example: unknown,
): string[] => {
  const result = schema.safeParse(example);
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')} ${issue.message}`);
};

describe('examples of every operation', () => {
  it('has one set per route that takes or answers a body', () => {
    const ids = ROUTE_EXAMPLES.map((examples) => examples.route.operationId);
    assert.deepEqual(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      [],
      'no route twice',
    );
    const showsABody = (route: RouteDefinition): boolean =>
      route.request?.body !== undefined ||
      Object.entries(route.responses).some(([status, spec]) => Number(status) < 300 && spec.body !== undefined);
    assert.deepEqual(
      ROUTES.filter(showsABody)
        .map((route) => route.operationId)
        .filter((id) => !ids.includes(id)),
      [],
      'routes without examples',
    );
  });

  for (const route of ROUTES) {
    it(`${route.operationId}: its request body and success responses, each valid against its own schema`, () => {
      const operation = operationOf(route);
      const body = route.request?.body;
      if (body !== undefined) {
        const media = Object.values(operation.requestBody?.content ?? {})[0];
        assert.ok(media?.example !== undefined, 'a request body example');
        assert.deepEqual(zodFailures(body, media.example), [], 'the request example passes request validation');
        assert.deepEqual(jsonSchemaFailures(media), [], 'the request example matches the document');
      }
      for (const [status, spec] of Object.entries(route.responses)) {
        if (Number(status) >= 300 || spec.body === undefined) continue;
        const media = Object.values((operation.responses[status] as ResponseObject).content ?? {})[0];
        assert.ok(media?.example !== undefined, `a ${status} response example`);
        assert.deepEqual(zodFailures(spec.body, media.example), [], `the ${status} example matches the response schema`);
        assert.deepEqual(jsonSchemaFailures(media), [], `the ${status} example matches the document`);
      }
    });
  }
});
