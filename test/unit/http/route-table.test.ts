import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod';
import { ANYONE, isRole, MACHINE_SCOPES, scopeOfAccess } from '../../../shared/platform/auth/roles.ts';
import { CAPABILITIES, routeKey } from '../../../shared/platform/http/route.ts';
import { ROUTES } from '../../../shared/route-table.ts';

/** Every object with properties must refuse unknown ones (z.strictObject), at any depth. */
const openObjects = (schema: unknown, path: string): string[] => {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => openObjects(item, `${path}/${index}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const record = schema as Record<string, unknown>;
  const self = 'properties' in record && record['additionalProperties'] !== false ? [path] : [];
  return [...self, ...Object.entries(record).flatMap(([key, value]) => openObjects(value, `${path}/${key}`))];
};

describe('route table', () => {
  it('has unique operationIds and route keys', () => {
    assert.equal(new Set(ROUTES.map((route) => route.operationId)).size, ROUTES.length);
    assert.equal(new Set(ROUTES.map(routeKey)).size, ROUTES.length);
  });

  it('names known capabilities and roles, and never mixes anyone with roles', () => {
    for (const route of ROUTES) {
      assert.ok(CAPABILITIES.includes(route.capability), route.operationId);
      for (const role of route.roles)
        assert.ok(
          role === ANYONE || isRole(role) || (MACHINE_SCOPES as readonly string[]).includes(scopeOfAccess(role) ?? ''),
          `${route.operationId}: ${role}`,
        );
      assert.ok(!route.roles.includes(ANYONE) || route.roles.length === 1, `${route.operationId}: anyone plus roles`);
    }
  });

  it('declares a params schema naming exactly the path’s parameters', () => {
    for (const route of ROUTES) {
      const inPath = [...route.path.matchAll(/\{(\w+)\+?\}/g)].map((match) => match[1]).sort();
      const params = route.request?.params;
      const declared = params instanceof z.ZodObject ? Object.keys(params.shape).sort() : [];
      assert.deepEqual(declared, inPath, route.operationId);
    }
  });

  it('rejects unknown fields in every params, query and body schema', () => {
    for (const route of ROUTES) {
      for (const part of ['params', 'query', 'body'] as const) {
        const schema = route.request?.[part];
        if (schema === undefined) continue;
        const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
        assert.deepEqual(openObjects(json, `${route.operationId}.${part}`), [], 'objects that accept unknown fields');
      }
    }
  });

  it('declares a success response first', () => {
    for (const route of ROUTES) {
      const first = Object.keys(route.responses).map(Number)[0];
      assert.ok(first !== undefined, `${route.operationId}: declares a response`);
      assert.ok(first < 400, `${route.operationId}: the first response, ${first}, is a success`);
    }
  });
});
