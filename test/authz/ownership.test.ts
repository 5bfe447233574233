import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLocalPools } from '../../infra/local/auth/local-pools.ts';
import { createGateway, type RunningGateway } from '../../infra/local/gateway/gateway.ts';
import { isRole, type Access } from '../../shared/platform/auth/roles.ts';
import { routeKey, type RouteDefinition } from '../../shared/platform/http/route.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { buildOwnershipWorld, send, type Answer, type OwnershipWorld, type Party, type PartyName } from './ownership-world.ts';
import { NOT_PARTY_LISTS, NOT_PARTY_SCOPED, PARTY_LISTS, PARTY_SCOPED, type PartyRequest } from './party-routes.ts';

/**
 * The ownership dimension of authorization: the authorization suite proves who may call a route at
 * all; this proves that, among those who may, people and machines reach only their own party's
 * records. Over every route that takes a party-owned id, each outsider the route's access admits —
 * a partner of another organisation in the same region and in another, another organisation's
 * machine client, another mentor, another applicant, an uninvolved expert, staff of another
 * programme — gets the 404 of a missing record (never a 403 or another refusal that tells the id
 * exists, never data), while the record's owner, sending the same request, gets past the check.
 * Lists a party reads without an id show a record to its owners alone. An account that names A but
 * whose claims the registry refutes (a region contradicting A's) acts for A nowhere. The world is
 * built once (./ownership-world.ts); requests go through the local gateway with each party's own
 * token, the outsiders' of a route at once.
 */
let directory: string;
let gateway: RunningGateway;
let world: OwnershipWorld;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-ownership-'));
  const pools = await createLocalPools({ keyDirectory: join(directory, 'pools') });
  gateway = await createGateway({ pools });
  world = await buildOwnershipWorld(gateway.url, pools);
}, 180_000);
afterAll(async () => {
  await gateway?.stop();
  await rm(directory, { recursive: true, force: true });
});

const routeOf = (key: string): RouteDefinition => {
  const route = ROUTES.find((candidate) => routeKey(candidate) === key);
  assert.ok(route, `${key} is a route of the route table`);
  return route;
};

const pathOf = (route: RouteDefinition, params: Readonly<Record<string, string>>): string =>
  route.path.replace(/\{(\w+)\+?\}/g, (_, name: string) => {
    const value = params[name];
    assert.ok(value !== undefined, `${routeKey(route)}: a value for {${name}}`);
    return encodeURIComponent(value);
  });

const call = (route: RouteDefinition, caller: Party, request: PartyRequest): Promise<Answer> =>
  send(gateway.url, caller.token, {
    method: route.method,
    path: pathOf(route, request.params),
    ...(request.query === undefined ? {} : { query: request.query }),
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.headers === undefined ? {} : { headers: request.headers }),
  });

/** Whether the route's access admits the party's token: its role, or the machine scope it carries. */
const admits = (route: RouteDefinition, access: Access): boolean => (route.roles as readonly Access[]).includes(access);

/** Accounts naming A that the registry does not bear out: neither owners nor outsiders, they have a check of their own. */
const CLAIMING_A: readonly PartyName[] = ['partnerAElsewhere'];

const outsidersOf = (
  route: RouteDefinition,
  entry: { readonly owners: readonly string[]; readonly alsoReach?: { readonly parties: readonly string[] } },
): Party[] =>
  Object.values(world.parties).filter(
    (party) =>
      admits(route, party.access) &&
      !CLAIMING_A.includes(party.name) &&
      !entry.owners.includes(party.name) &&
      !(entry.alsoReach?.parties ?? []).includes(party.name),
  );

const shown = (answer: Answer): string => `${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`;

describe('people and machines reach only their own party’s records', () => {
  for (const [key, entry] of Object.entries(PARTY_SCOPED)) {
    it(`${key}: outsiders get 404, ${entry.owners.join(' and ')} get past the check`, async () => {
      const route = routeOf(key);
      const outsiders = outsidersOf(route, entry);
      assert.ok(outsiders.length > 0, `${key}: someone the route admits who does not own the record`);
      const probes = outsiders.flatMap((outsider) => entry.requests(world, outsider).map((request) => ({ outsider, request })));
      const answers = await Promise.all(probes.map(({ outsider, request }) => call(route, outsider, request)));
      const leaks = probes.flatMap(({ outsider, request }, index) => {
        const answer = answers[index];
        assert.ok(answer);
        const missing = answer.status === 404 && answer.body['code'] !== 'route-not-found';
        return missing ? [] : [`${outsider.name} ${pathOf(route, request.params)}: ${shown(answer)}`];
      });
      assert.deepEqual(leaks, [], `${key} answers outsiders with something other than the 404 of a missing record`);
      for (const owner of entry.owners) {
        const party = world.parties[owner];
        assert.ok(admits(route, party.access), `${key} admits its owner ${owner}`);
        for (const request of entry.requests(world, party)) {
          const answer = await call(route, party, request);
          // Past the ownership check with a request the route takes: neither a 404 nor a refusal of the token or the request's shape.
          assert.ok(![400, 401, 403, 404].includes(answer.status) && answer.status < 500, `${owner}: ${shown(answer)}`);
        }
      }
    });
  }
});

describe('lists show a party’s records to that party alone', () => {
  for (const [key, entry] of Object.entries(PARTY_LISTS)) {
    it(`${key}: only ${entry.owners.join(' and ')} see the record`, async () => {
      const route = routeOf(key);
      const marker = entry.marker(world);
      const outsiders = outsidersOf(route, entry);
      assert.ok(outsiders.length > 0, `${key}: someone the route admits who does not own the record`);
      const answers = await Promise.all(outsiders.map((outsider) => call(route, outsider, entry.request(world))));
      const leaks = outsiders.flatMap((outsider, index) => {
        const answer = answers[index];
        assert.ok(answer);
        const hidden = (answer.status === 200 || answer.status === 404) && !JSON.stringify(answer.body).includes(marker);
        return hidden ? [] : [`${outsider.name}: ${shown(answer)}`];
      });
      assert.deepEqual(leaks, [], `${key} shows outsiders ${marker}, or refuses them other than with a page or a 404`);
      for (const owner of entry.owners) {
        const answer = await call(route, world.parties[owner], entry.request(world));
        assert.ok(answer.status === 200 && JSON.stringify(answer.body).includes(marker), `${owner} sees ${marker}: ${shown(answer)}`);
      }
    });
  }
});

describe('an account naming A with claims the registry refutes acts for A nowhere', () => {
  const routes = Object.entries(PARTY_SCOPED).filter(([, entry]) => entry.owners.includes('partnerA'));
  for (const [key, entry] of routes) {
    it(`${key}: refused as the registry check refuses it, or not found`, async () => {
      const route = routeOf(key);
      const caller = world.parties.partnerAElsewhere;
      for (const request of entry.requests(world, caller)) {
        const answer = await call(route, caller, request);
        const refused =
          (answer.status === 403 && answer.body['code'] === 'organisation-region-mismatch') ||
          (answer.status === 404 && answer.body['code'] !== 'route-not-found');
        assert.ok(refused, `${caller.name}: ${shown(answer)}`);
      }
    });
  }
});

describe('an account naming A with claims the registry refutes sees none of A’s records in a list', () => {
  const lists = Object.entries(PARTY_LISTS).filter(([, entry]) => entry.owners.includes('partnerA'));
  for (const [key, entry] of lists) {
    it(`${key}: refused as the registry check refuses it, or without A’s record`, async () => {
      const caller = world.parties.partnerAElsewhere;
      const answer = await call(routeOf(key), caller, entry.request(world));
      const hidden =
        (answer.status === 403 && answer.body['code'] === 'organisation-region-mismatch') ||
        ((answer.status === 200 || answer.status === 404) && !JSON.stringify(answer.body).includes(entry.marker(world)));
      assert.ok(hidden, `${caller.name}: ${shown(answer)}`);
    });
  }
});

/** Routes open to a party (a partner, a mentor, an applicant, a machine client), public ones aside. */
const partyRoutes = (): RouteDefinition[] =>
  ROUTES.filter(
    (route) =>
      !route.roles.includes('anyone') &&
      route.roles.some((access) => ['partner', 'mentor', 'applicant'].includes(access) || !isRole(access)),
  );

const takesOwnedId = (route: RouteDefinition): boolean =>
  [...route.path.matchAll(/\{(\w+)\+?\}/g)].some((match) => match[1] !== 'seasonId');

/** The routes the matrix must cover: a party's routes taking an id other than the season's. */
const partyIdRoutes = (): string[] => partyRoutes().filter(takesOwnedId).map(routeKey);

/** The lists the list check must cover: a party's reads that name no record (a season's at most). */
const partyListRoutes = (): string[] =>
  partyRoutes()
    .filter((route) => route.method === 'GET' && !takesOwnedId(route))
    .map(routeKey);

const undecidedIn = (required: readonly string[], ...decided: readonly Readonly<Record<string, unknown>>[]): string[] =>
  required.filter((key) => !decided.some((table) => key in table));

describe('the matrix covers every route that takes a party’s id', () => {
  for (const [what, required, checked, exempt] of [
    ['route taking a party’s id', partyIdRoutes(), PARTY_SCOPED, NOT_PARTY_SCOPED],
    ['list a party reads', partyListRoutes(), PARTY_LISTS, NOT_PARTY_LISTS],
  ] as const) {
    it(`decides about every ${what}: checked, or exempt with a reason`, () => {
      assert.deepEqual(undecidedIn(required, checked, exempt), [], 'routes nobody has decided about: add each to one of the two tables');
      const stale = [...Object.keys(checked), ...Object.keys(exempt)].filter((key) => !required.includes(key));
      assert.deepEqual(stale, [], 'entries for routes that are gone or no longer of this kind');
      assert.deepEqual(
        Object.keys(checked).filter((key) => key in exempt),
        [],
        'routes listed as both',
      );
      for (const [key, reason] of Object.entries(exempt)) assert.ok(reason.trim().length > 0, `${key}: the reason`);
    });
  }
});
