import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type * as z from 'zod';
import { createLocalPools, type LocalPools } from '../../../infra/local/auth/local-pools.ts';
import { createGateway, type RunningGateway } from '../../../infra/local/gateway/gateway.ts';
import type { Access } from '../../../shared/platform/auth/roles.ts';
import { DEFAULT_BODY_LIMIT_BYTES } from '../../../shared/platform/http/middleware/json-body.ts';
import { isPublicRoute, routeKey, type RouteDefinition } from '../../../shared/platform/http/route.ts';
import { ROUTES } from '../../../shared/route-table.ts';
import { givenAHostileWorld, type HostileWorld } from './hostile-world.ts';
import {
  forgedCursors,
  hostileBodies,
  hostileCsvBodies,
  hostileHeaderValues,
  hostilePathValues,
  hostileQueries,
  mutatedCursors,
} from './hostile-values.ts';
import { judgeResponse, type Verdict } from './judge-response.ts';
import { bodyMutations, jsonSchemaOf, sampleOf } from './schema-mutations.ts';
import { seededRandom } from './seeded-random.ts';
import { sendHostile, type HostileRequest, type SendContext } from './send-hostile.ts';

/**
 * Walks EVERY route of the route table through the local gateway and the real capability handlers,
 * with a token of a role the route allows, and throws hostile input at it: path parameters that
 * are blank, huge, unicode, traversals, NUL bytes, injections and numbers; query strings with
 * unknown, repeated and huge keys, bad limits and forged cursors (garbage, wrong shapes, keys of
 * another partition, and the list's own cursor grown past DynamoDB's key limits); bodies of every
 * wrong kind and size, and the route's own body mutated field by field from its JSON Schema;
 * required headers missing, empty or huge. Every answer must keep the standard: never a 5xx, every
 * 4xx a problem+json with a code and a message in Russian and English, every 400 naming its fields.
 * The generator is seeded per route, so each run sends the same requests.
 */
const MUTATIONS_PER_ROUTE = 110;
const CURSOR_MUTATIONS_PER_ROUTE = 40;
const MAX_REQUESTS_PER_ROUTE = 400;

let directory: string;
let pools: LocalPools;
let gateway: RunningGateway;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-hostile-'));
  pools = await createLocalPools({ keyDirectory: join(directory, 'pools') });
  gateway = await createGateway({ pools });
});
afterAll(async () => {
  await gateway.stop();
  await rm(directory, { recursive: true, force: true });
});

/** FNV-1a: a stable seed per route, so adding a route does not change what the others are sent. */
const seedOf = (text: string): number =>
  [...text].reduce((hash, character) => Math.imul(hash ^ (character.codePointAt(0) ?? 0), 16777619) >>> 0, 2166136261);

const propertyNames = (schema: z.ZodType | undefined): readonly string[] =>
  schema === undefined ? [] : Object.keys(jsonSchemaOf(schema)?.properties ?? {});

const bodyMediaTypeOf = (route: RouteDefinition): string => route.request?.bodyMediaType ?? 'application/json';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The requests a route meets that do not depend on an answer; cursor mutations are added once a real cursor is issued. */
const plannedRequests = (route: RouteDefinition, world: HostileWorld, seed: number, goodBody: unknown): readonly HostileRequest[] => {
  const random = seededRandom(seed);
  const paramNames = [...route.path.matchAll(/\{(\w+)\+?\}/g)].map((match) => match[1] ?? '');
  const queryKeys = propertyNames(route.request?.query);
  const headerNames = propertyNames(route.request?.headers);
  const bodySchema = route.request?.body;
  const csv = bodyMediaTypeOf(route) === 'text/csv';
  const requests: HostileRequest[] = [{ label: 'the good request' }];
  for (const name of paramNames) {
    for (const { label, value, raw } of hostilePathValues(random))
      requests.push({ label: `path ${name}: ${label}`, params: { [name]: raw === true ? { value, raw } : { value } } });
  }
  for (const { label, query } of hostileQueries(random, queryKeys)) requests.push({ label: `query: ${label}`, query });
  if (queryKeys.includes('cursor')) {
    for (const { label, value } of forgedCursors(random, world.partitions))
      requests.push({ label: `cursor: ${label}`, query: `cursor=${encodeURIComponent(value)}` });
  }
  for (const name of headerNames) {
    for (const { label, value } of hostileHeaderValues) requests.push({ label: `header ${name}: ${label}`, headers: { [name]: value } });
  }
  if (route.method !== 'GET') {
    const bodies = csv ? hostileCsvBodies(DEFAULT_BODY_LIMIT_BYTES) : hostileBodies(DEFAULT_BODY_LIMIT_BYTES);
    // A route without a body ignores one; a few kinds prove it does so without failing.
    const chosen = bodySchema === undefined ? random.sample(bodies, 6) : bodies;
    for (const raw of chosen) requests.push({ label: `body: ${raw.label}`, raw });
  }
  const schema = bodySchema === undefined || csv ? undefined : jsonSchemaOf(bodySchema);
  if (schema !== undefined) {
    for (const { label, body } of bodyMutations(schema, goodBody, random, MUTATIONS_PER_ROUTE))
      requests.push({ label: `body ${label}`, json: body });
  }
  return requests;
};

describe('hostile input on every route of the route table', { concurrent: true }, () => {
  for (const route of ROUTES) {
    it(`${routeKey(route)} refuses hostile input cleanly`, async () => {
      const world = await givenAHostileWorld(pools);
      const seed = seedOf(route.operationId);
      const roles: readonly (Access | undefined)[] = isPublicRoute(route) ? [undefined] : route.roles;
      const csv = bodyMediaTypeOf(route) === 'text/csv';
      const bodySchema = route.request?.body === undefined ? undefined : jsonSchemaOf(route.request.body);
      const goodBody: unknown =
        route.request?.body === undefined
          ? undefined
          : csv
            ? 'a,b\n1,2\n'
            : (world.goodBodies[route.operationId] ?? (bodySchema === undefined ? {} : sampleOf(bodySchema)));
      const firstVersion = isRecord(goodBody) ? goodBody['version'] : undefined;
      let currentVersion = firstVersion;
      const failures: string[] = [];
      let sent = 0;

      const attempt = async (request: HostileRequest): Promise<Verdict> => {
        const role = roles[sent % roles.length];
        sent += 1;
        // A body that carries the version read follows the resource's version, so a valid mutation still reaches the write.
        const json =
          isRecord(request.json) && firstVersion !== undefined && request.json['version'] === firstVersion
            ? { ...request.json, version: currentVersion }
            : request.json;
        const context: SendContext = {
          baseUrl: gateway.url,
          route,
          params: world.params,
          token: role === undefined ? undefined : world.tokens.get(role),
          goodBody:
            goodBody === undefined
              ? undefined
              : {
                  text: csv
                    ? String(goodBody)
                    : JSON.stringify(
                        isRecord(goodBody) && firstVersion !== undefined ? { ...goodBody, version: currentVersion } : goodBody,
                      ),
                  contentType: csv ? 'text/csv' : 'application/json',
                },
          requiredHeaders: propertyNames(route.request?.headers),
        };
        const verdict = await judgeResponse(await sendHostile(context, { ...request, ...(json === undefined ? {} : { json }) }));
        if (verdict.fault !== undefined) failures.push(`${request.label} [${role ?? 'anyone'}]: ${verdict.fault}`);
        if (verdict.status < 300 && isRecord(verdict.body) && typeof verdict.body['version'] === 'number' && firstVersion !== undefined)
          currentVersion = verdict.body['version'];
        return verdict;
      };

      const [good, ...hostile] = plannedRequests(route, world, seed, goodBody);
      assert.ok(good !== undefined);
      const goodVerdict = await attempt(good);
      // Mutations start from this body: were it refused, none of them would get past validation.
      if (world.goodBodies[route.operationId] !== undefined) assert.notEqual(goodVerdict.status, 400, 'the good body is valid');
      for (const request of hostile) await attempt(request);

      if (propertyNames(route.request?.query).includes('cursor')) {
        const firstPage = await attempt({ label: 'query: a first page of one', query: 'limit=1' });
        const issued =
          isRecord(firstPage.body) && typeof firstPage.body['nextCursor'] === 'string' ? firstPage.body['nextCursor'] : undefined;
        if (issued !== undefined) {
          const cursors = seededRandom(seed).sample(mutatedCursors(issued, world.partitions), CURSOR_MUTATIONS_PER_ROUTE);
          for (const { label, value } of cursors)
            await attempt({ label: `cursor: ${label}`, query: `limit=1&cursor=${encodeURIComponent(value)}` });
        }
      }

      // Bounded by design: a few thousand requests over the whole table.
      assert.ok(sent <= MAX_REQUESTS_PER_ROUTE, `${sent} requests`);
      assert.deepEqual(failures, [], `${failures.length} of ${sent} hostile requests broke the standard`);
    });
  }
});
