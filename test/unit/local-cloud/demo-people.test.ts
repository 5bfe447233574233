import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { DEMO_PEOPLE, findDemoPerson, LEARNING_PLATFORM_DEMO_SUB, mintRequestFor } from '../../../infra/local/demo-people.ts';
import { DEMO_PARTNER_ORGANISATIONS } from '../../../infra/local/seed/demo-partner-organisations.ts';
import { LEARNING_PLATFORM_ORGANISATION } from '../../../shared/education/domain/learning-platform.ts';
import { checkPartnerClaims } from '../../../shared/partners/domain/check-partner-claims.ts';

describe('the demo people', () => {
  it('include the learning platform’s machine client for the ПроКадры demo programme, and it is not the default partner', () => {
    const platform = findDemoPerson('partner', LEARNING_PLATFORM_DEMO_SUB) ?? assert.fail('no demo learning platform');
    assert.deepEqual(mintRequestFor(platform), {
      role: 'partner',
      sub: LEARNING_PLATFORM_DEMO_SUB,
      email: 'learning-platform@example.org',
      organisation: LEARNING_PLATFORM_ORGANISATION,
      programmes: ['prokadry-demo'],
    });
    assert.notEqual(findDemoPerson('partner')?.sub, LEARNING_PLATFORM_DEMO_SUB);
  });

  it('are partners of the demo registry, each in their organisation’s region (the learning platform apart)', () => {
    const partners = DEMO_PEOPLE.filter((person) => person.role === 'partner' && person.sub !== LEARNING_PLATFORM_DEMO_SUB);
    assert.ok(partners.length >= 4);
    for (const person of partners) {
      const registered = DEMO_PARTNER_ORGANISATIONS.find((organisation) => organisation.id === person.organisation);
      assert.ok(registered, `${person.email}: ${person.organisation ?? 'no organisation'} is not in the demo registry`);
      const record = {
        id: registered.id,
        ...registered.content,
        version: 1,
        createdAt: '2027-01-01T00:00:00.000Z',
        updatedAt: '2027-01-01T00:00:00.000Z',
      };
      assert.doesNotThrow(() => checkPartnerClaims({ organisation: person.organisation, region: person.region }, record), person.email);
    }
    assert.ok(!DEMO_PARTNER_ORGANISATIONS.some((organisation) => organisation.id === LEARNING_PLATFORM_ORGANISATION));
  });

  it('have a registry of at least ten Кадры будущего employers in the Amur region and Perm Krai, a ministry and the youth-policy bodies of Perm and Moscow', () => {
    const ids = DEMO_PARTNER_ORGANISATIONS.map((organisation) => organisation.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const employers = DEMO_PARTNER_ORGANISATIONS.filter(({ content }) => content.kind === 'employer');
    assert.ok(employers.length >= 10);
    assert.deepEqual([...new Set(employers.map(({ content }) => content.region))].sort(), ['28', '59']);
    const of = (kind: string, region: string | null) =>
      DEMO_PARTNER_ORGANISATIONS.filter(({ content }) => content.kind === kind && content.region === region).map(({ id }) => id);
    assert.ok(of('federal-ministry', null).includes('minek-rf'));
    assert.deepEqual(of('youth-policy-body', '59'), ['molodezh-perm']);
    assert.deepEqual(of('youth-policy-body', '77'), ['molodezh-moskva']);
    assert.ok(of('regional-executive-body', '59').length > 0);
  });
});
