import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { call, staffClaims, uniqueId } from '../../support/call-programmes.ts';
import { storedProgramme } from '../../support/table-probe.ts';

/**
 * Track-rule conditions are recursive. Unbounded, a rule nested past DynamoDB's 32 levels of an
 * item passed validation and the write failed (500), and a body thousands of levels deep
 * overflowed the stack while it was validated. Both must answer 400 and name what is wrong.
 */
const LEAF = { fact: 'publicServiceExperience', is: true };
const LIST_LEAF = { fact: 'preferredInternshipLevel', oneOf: ['regional'] };

const nested = (levels: number, wrap: (inner: unknown) => unknown, leaf: unknown = LEAF): unknown => {
  let condition: unknown = leaf;
  for (let level = 1; level < levels; level += 1) condition = wrap(condition);
  return condition;
};
const nots = (levels: number): unknown => nested(levels, (inner) => ({ not: inner }));
const alls = (levels: number): unknown => nested(levels, (inner) => ({ all: [inner] }));
const anys = (levels: number): unknown => nested(levels, (inner) => ({ any: [inner, LEAF] }));

/** A `not` chain as JSON text, built without recursion (JSON.stringify of it would recurse as deep). */
const notsJson = (levels: number): string => `${'{"not":'.repeat(levels - 1)}${JSON.stringify(LEAF)}${'}'.repeat(levels - 1)}`;

interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: { readonly ru: string; readonly en: string };
}

const createProgramme = async (): Promise<{ id: string; settings: Record<string, unknown> }> => {
  const id = uniqueId('prog');
  const response = await call({ method: 'POST', route: '/programmes', claims: staffClaims, body: { id, templateId: 'prokadry' } });
  assert.equal(response.status, 201);
  return { id, settings: response.body['settings'] as Record<string, unknown> };
};

const withFirstRule = (settings: Record<string, unknown>, when: unknown): Record<string, unknown> => {
  const rules = structuredClone(settings['trackRules']) as Record<string, unknown>[];
  rules[0] = { ...rules[0], when };
  return { ...settings, trackRules: rules };
};

const put = (id: string, settings: Record<string, unknown>) =>
  call({
    method: 'PUT',
    route: '/programmes/{programmeId}',
    pathParameters: { programmeId: id },
    claims: staffClaims,
    body: { version: 1, settings },
  });

const assertRefused = (response: { status: number; body: Record<string, unknown> }, field: string, code: string): void => {
  assert.equal(response.status, 400, JSON.stringify(response.body).slice(0, 500));
  assert.equal(response.body['code'], 'validation-failed');
  const errors = response.body['errors'] as FieldError[];
  const found = errors.find((error) => error.field === field);
  assert.ok(found !== undefined, `${field} in ${JSON.stringify(errors.map((error) => error.field))}`);
  assert.equal(found.code, code);
  assert.ok(found.message.ru.length > 0 && found.message.en.length > 0, 'a message in Russian and English');
};

describe('the depth and size of track-rule conditions', () => {
  for (const [label, when] of [
    ['40 levels of not', nots(40)],
    ['15 levels of all', alls(15)],
    ['30 levels of any', anys(30)],
  ] as const) {
    it(`refuses ${label} on PUT with 400 naming the rule's condition, and keeps the stored version`, async () => {
      const { id, settings } = await createProgramme();
      assertRefused(await put(id, withFirstRule(settings, when)), 'body.settings.trackRules.0.when', 'too-deeply-nested');
      assert.equal((await storedProgramme(id))?.['version'], 1);
    });
  }

  it('refuses a too deep condition in the overrides of POST with 400, and writes nothing', async () => {
    const { settings } = await createProgramme();
    const id = uniqueId('prog');
    const trackRules = withFirstRule(settings, nots(40))['trackRules'];
    const response = await call({
      method: 'POST',
      route: '/programmes',
      claims: staffClaims,
      body: { id, templateId: 'prokadry', overrides: { trackRules } },
    });
    assertRefused(response, 'body.overrides.trackRules.0.when', 'too-deeply-nested');
    assert.equal(await storedProgramme(id), undefined);
  });

  it('refuses a condition with too many conditions in it', async () => {
    const { id, settings } = await createProgramme();
    const wide = { any: Array.from({ length: 100 }, () => LEAF) };
    assertRefused(await put(id, withFirstRule(settings, wide)), 'body.settings.trackRules.0.when', 'too-many-conditions');
  });

  it('stores the deepest and the largest conditions it accepts (DynamoDB takes them)', async () => {
    const { id, settings } = await createProgramme();
    // 8 conditions deep, each level an `all` (a map and a list in the item), its deepest leaf holding a list too.
    const deepest = nested(8, (inner) => ({ all: [LEAF, inner] }), LIST_LEAF);
    const rules = structuredClone(settings['trackRules']) as Record<string, unknown>[];
    rules[0] = { ...rules[0], when: deepest };
    rules[1] = { ...rules[1], when: { any: Array.from({ length: 31 }, () => LEAF) } };
    const response = await put(id, { ...settings, trackRules: rules });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const stored = (await storedProgramme(id)) as { settings: { trackRules: { when: unknown }[] } } | undefined;
    assert.deepEqual(stored?.settings.trackRules[0]?.when, deepest);
  });

  for (const method of ['POST', 'PUT'] as const) {
    it(`answers a body 2,000 levels deep on ${method} with 400 too-deeply-nested, not a stack overflow`, async () => {
      const { id } = await createProgramme();
      const deep = notsJson(2000);
      const rawBody =
        method === 'POST'
          ? `{"id":"${uniqueId('prog')}","templateId":"prokadry","overrides":{"trackRules":[{"id":"r","track":"pro","when":${deep},"explanation":{"ru":"а","en":"a"}}]}}`
          : `{"version":1,"settings":{"trackRules":[{"id":"r","track":"pro","when":${deep},"explanation":{"ru":"а","en":"a"}}]}}`;
      const response = await call({
        method,
        route: method === 'POST' ? '/programmes' : '/programmes/{programmeId}',
        ...(method === 'PUT' ? { pathParameters: { programmeId: id } } : {}),
        claims: staffClaims,
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(response.status, 400, JSON.stringify(response.body).slice(0, 500));
      assert.equal(response.body['code'], 'too-deeply-nested');
      const errors = response.body['errors'] as FieldError[];
      assert.deepEqual(
        errors.map((error) => [error.field, error.code]),
        [['body', 'too-deeply-nested']],
      );
      assert.equal((await storedProgramme(id))?.['version'], 1);
    });
  }
});
