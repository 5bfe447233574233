import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import type { PartnerOrganisationContent } from '../../../shared/partners/partner-organisation-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { HandlerResponse } from '../../support/api-event.ts';
import { callPartners } from '../../support/call-partners.ts';
import { staffClaims, type Claims } from '../../support/claims.ts';
import { newOrganisationId, organisationContent, registerOrganisation } from '../../support/partner-organisations.ts';

const registryStaff = staffClaims('*');

const put = (organisationId: string, body: unknown, claims: Claims = registryStaff): Promise<HandlerResponse> =>
  callPartners({ method: 'PUT', route: '/partner-organisations/{organisationId}', pathParameters: { organisationId }, claims, body });

const get = (organisationId: string, claims: Claims): Promise<HandlerResponse> =>
  callPartners({ method: 'GET', route: '/partner-organisations/{organisationId}', pathParameters: { organisationId }, claims });

const list = (query: Record<string, string>, claims: Claims = staffClaims('some-programme')): Promise<HandlerResponse> =>
  callPartners({ method: 'GET', route: '/partner-organisations', query, claims });

const myOrganisation = (claims: Claims): Promise<HandlerResponse> => callPartners({ method: 'GET', route: '/me/organisation', claims });

/** A person of an organisation, as the workforce pool's token carries them. */
const personOf = (organisation: string | undefined, region?: string): Claims => ({
  sub: `partner-${randomUUID().slice(0, 8)}`,
  'cognito:groups': '[partner]',
  ...(organisation === undefined ? {} : { 'custom:organisation': organisation }),
  ...(region === undefined ? {} : { 'custom:region': region }),
});

const fieldsOf = (response: HandlerResponse): string[] =>
  ((response.body['errors'] as { field: string; code: string }[] | undefined) ?? []).map((problem) => `${problem.field} ${problem.code}`);

/** Every page of a list, with the size of each. */
const allPages = async (query: Record<string, string>): Promise<{ ids: string[]; sizes: number[]; kinds: unknown[] }> => {
  const ids: string[] = [];
  const sizes: number[] = [];
  const kinds: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ ...query, ...(cursor === undefined ? {} : { cursor }) });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    const items = page.body['items'] as { id: string; kind: string }[];
    ids.push(...items.map((item) => item.id));
    kinds.push(...items.map((item) => item.kind));
    sizes.push(items.length);
    cursor = page.body['nextCursor'] as string | undefined;
  } while (cursor !== undefined);
  return { ids, sizes, kinds };
};

describe('the registry of partner organisations', () => {
  it('registers an organisation at version 0, replaces it whole at the version read, and refuses a stale version with the current one', async () => {
    const id = newOrganisationId('molodezh');
    const content = organisationContent({ kind: 'youth-policy-body', region: '59' });
    const created = await put(id, { ...content, version: 0 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(
      { ...created.body, createdAt: undefined, updatedAt: undefined },
      { id, ...content, retired: false, version: 1, createdAt: undefined, updatedAt: undefined },
    );

    const again = await put(id, { ...content, version: 0 });
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'version-conflict');
    assert.match(String((again.body['message'] as { en: string }).en), /current version 1/);

    const contacts = [{ name: 'Павел Ершов', email: 'p.ershov@example.org', phone: '+73422170001', language: 'en' }];
    const replaced = await put(id, { ...content, contacts, version: 1 });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.equal(replaced.body['version'], 2);
    assert.deepEqual(replaced.body['contacts'], contacts);
    assert.equal(replaced.body['createdAt'], created.body['createdAt']);

    const stale = await put(id, { ...content, version: 1 });
    assert.equal(stale.status, 409);
    assert.deepEqual(fieldsOf(stale), ['body.version stale']);
    assert.match(String((stale.body['message'] as { en: string }).en), /current version 2/);

    const neverRegistered = await put(newOrganisationId(), { ...content, version: 3 });
    assert.equal(neverRegistered.status, 409, 'replacing what does not exist is a stale read');
    assert.deepEqual((await get(id, registryStaff)).body, replaced.body);
  });

  it('keeps regional bodies in a region and ministries in none, whatever is sent', async () => {
    const regionless = await put(newOrganisationId(), {
      ...organisationContent({ kind: 'regional-executive-body', region: null }),
      version: 0,
    });
    assert.equal(regionless.status, 400);
    assert.deepEqual(fieldsOf(regionless), ['body.region region-required']);
    const regionalMinistry = await put(newOrganisationId(), {
      ...organisationContent({ kind: 'federal-ministry', region: '77' }),
      version: 0,
    });
    assert.equal(regionalMinistry.status, 400);
    assert.deepEqual(fieldsOf(regionalMinistry), ['body.region federal-has-no-region']);
    const federalEmployer = await put(newOrganisationId(), { ...organisationContent({ kind: 'employer', region: null }), version: 0 });
    assert.equal(federalEmployer.status, 201, 'an employer may work country-wide');
  });

  it('is edited only by staff of every programme; staff of some programmes read it', async () => {
    const id = newOrganisationId();
    const scoped = staffClaims('prokadry-demo');
    const refused = await put(id, { ...organisationContent(), version: 0 }, scoped);
    assert.equal(refused.status, 403);
    assert.equal(refused.body['code'], 'registry-scope-required');
    assert.equal((await get(id, registryStaff)).status, 404, 'nothing was written');
    await put(id, { ...organisationContent(), version: 0 });
    assert.equal((await get(id, scoped)).status, 200);
  });

  it('shows an organisation to its own people and to nobody else’s', async () => {
    const organisation = await registerOrganisation({ kind: 'youth-policy-body', region: '59' });
    const other = await registerOrganisation({ kind: 'youth-policy-body', region: '77' });
    const own = await get(organisation.id, personOf(organisation.id, '59'));
    assert.equal(own.status, 200);
    assert.equal(own.body['id'], organisation.id);
    const stranger = await get(organisation.id, personOf(other.id, '77'));
    assert.equal(stranger.status, 404);
    assert.equal(stranger.body['code'], 'not-found');
    // The same 404 as an id nobody registered: a partner learns nothing of the registry.
    assert.deepEqual(
      { ...stranger.body, correlationId: undefined, instance: undefined },
      { ...(await get(newOrganisationId(), personOf(other.id, '77'))).body, correlationId: undefined, instance: undefined },
    );
    assert.equal((await get(organisation.id, personOf(undefined))).status, 404);
  });

  it('lists a region’s organisations of one kind, a page at a time, in id order', async () => {
    const prefix = `paged-${randomUUID().slice(0, 6)}`;
    const ids = [`${prefix}-c`, `${prefix}-a`, `${prefix}-b`];
    await Promise.all(ids.map((id) => registerOrganisation({ kind: 'regional-executive-body', region: '28' }, id)));
    await registerOrganisation({ kind: 'employer', region: '28' }, `${prefix}-employer`);
    await registerOrganisation({ kind: 'regional-executive-body', region: '27' }, `${prefix}-khabarovsk`);

    const byKind = await allPages({ region: '28', kind: 'regional-executive-body', limit: '2' });
    assert.ok(byKind.sizes.every((size) => size <= 2));
    assert.ok(byKind.kinds.every((kind) => kind === 'regional-executive-body'));
    assert.deepEqual(
      byKind.ids.filter((id) => id.startsWith(prefix)),
      [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`],
    );

    const region = await allPages({ region: '28', limit: '3' });
    const mine = region.ids.filter((id) => id.startsWith(prefix));
    // By kind, then id: employers sort before regional executive bodies.
    assert.deepEqual(mine, [`${prefix}-employer`, `${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
  });

  it('lists the federal organisations, and one kind across every region as a filter', async () => {
    const ministry = await registerOrganisation({ kind: 'federal-ministry', region: null });
    const second = await registerOrganisation({ kind: 'federal-ministry', region: null }, `${ministry.id}-2`);
    const employer = await registerOrganisation({ kind: 'employer', region: null });
    const federal = await allPages({ region: 'federal', kind: 'federal-ministry', limit: '100' });
    assert.ok(federal.ids.includes(ministry.id) && federal.ids.includes(second.id));
    assert.ok(!federal.ids.includes(employer.id));

    const ministries = await allPages({ kind: 'federal-ministry', limit: '5' });
    assert.ok(ministries.kinds.every((kind) => kind === 'federal-ministry'));
    assert.ok(ministries.ids.includes(ministry.id));
    assert.ok(ministries.sizes.every((size) => size <= 5));
  });

  it('refuses a cursor of another list instead of starting where it points', async () => {
    await Promise.all([registerOrganisation({ region: '59' }), registerOrganisation({ region: '59' })]);
    const first = await list({ region: '59', kind: 'employer', limit: '1' });
    const cursor = first.body['nextCursor'];
    assert.equal(typeof cursor, 'string');
    const elsewhere = await list({ region: '77', limit: '1', cursor: String(cursor) });
    assert.equal(elsewhere.status, 400);
    assert.equal(elsewhere.body['code'], 'invalid-cursor');
    assert.equal((await list({ region: '59', limit: '1', cursor: String(cursor) })).status, 200, 'a shorter prefix of the same region');
  });

  it('names the query field at fault: a region that is no subject code, a kind it does not know', async () => {
    for (const [query, field] of [
      [{ region: '00' }, 'query.region'],
      [{ region: 'FEDERAL' }, 'query.region'],
      [{ kind: 'ministry' }, 'query.kind'],
    ] as const) {
      const refused = await list(query);
      assert.equal(refused.status, 400, JSON.stringify(query));
      assert.ok(
        fieldsOf(refused).every((problem) => problem.startsWith(`${field} `)),
        JSON.stringify(refused.body),
      );
      assert.ok(fieldsOf(refused).length > 0);
    }
  });
});

describe('a partner’s organisation (GET /me/organisation, resolvePartnerOrganisation)', () => {
  it('is the registered organisation the account names, its region agreeing', async () => {
    const organisation = await registerOrganisation({ kind: 'youth-policy-body', region: '59' });
    for (const claims of [personOf(organisation.id, '59'), personOf(organisation.id)]) {
      const mine = await myOrganisation(claims);
      assert.equal(mine.status, 200, JSON.stringify(mine.body));
      assert.equal(mine.body['id'], organisation.id);
    }
    const ministry = await registerOrganisation({ kind: 'federal-ministry', region: null });
    assert.equal((await myOrganisation(personOf(ministry.id, '77'))).status, 200, 'a ministry’s people may live anywhere');
  });

  it('refuses an account naming no organisation, an unregistered one, another region or a retired organisation', async () => {
    for (const claims of [personOf(undefined), personOf(newOrganisationId()), personOf('Пермский кадровый центр (демо)')]) {
      const refused = await myOrganisation(claims);
      assert.equal(refused.status, 404);
      assert.equal(refused.body['code'], 'organisation-not-registered');
    }
    const organisation = await registerOrganisation({ kind: 'regional-executive-body', region: '59' });
    const mismatch = await myOrganisation(personOf(organisation.id, '77'));
    assert.equal(mismatch.status, 403);
    assert.equal(mismatch.body['code'], 'organisation-region-mismatch');

    const retired = await put(organisation.id, {
      ...organisationContent({ kind: 'regional-executive-body', region: '59' }),
      retired: true,
      version: 1,
    });
    assert.equal(retired.status, 200, JSON.stringify(retired.body));
    assert.equal(retired.body['retired'], true);
    const refused = await myOrganisation(personOf(organisation.id, '59'));
    assert.equal(refused.status, 403);
    assert.equal(refused.body['code'], 'organisation-retired');
    assert.equal((await get(organisation.id, registryStaff)).body['retired'], true, 'a retired organisation stays registered');
  });
});

describe('the youth-policy bodies of a region', () => {
  it('are where the region’s data goes: retired ones are left out', async () => {
    const organisations = new DynamoDbPartnerOrganisations(documentClient(), requireEnv(ENV.tableName));
    const youthPolicy: Partial<PartnerOrganisationContent> = { kind: 'youth-policy-body', region: '35' };
    const [current, retired] = await Promise.all([registerOrganisation(youthPolicy), registerOrganisation(youthPolicy)]);
    await registerOrganisation({ kind: 'regional-executive-body', region: '35' });
    const saved = await organisations.save(retired.id, organisationContent({ ...youthPolicy, retired: true }), 1, new Date().toISOString());
    assert.ok(saved.saved);
    const bodies = (await organisations.youthPolicyBodiesOf('35')).map((organisation) => organisation.id);
    assert.ok(bodies.includes(current.id));
    assert.ok(!bodies.includes(retired.id));
    assert.ok((await organisations.youthPolicyBodiesOf('35')).every((organisation) => organisation.kind === 'youth-policy-body'));
  });
});
