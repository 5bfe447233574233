import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { checkPartnerClaims } from '../../../shared/partners/domain/check-partner-claims.ts';
import {
  PARTNER_ORGANISATION_KINDS,
  partnerOrganisationContentSchema,
  partnerOrganisationInputSchema,
  type PartnerOrganisation,
  type PartnerOrganisationKind,
} from '../../../shared/partners/partner-organisation-schema.ts';
import { partnerOrganisationView } from '../../../shared/partners/partner-organisation-view.ts';
import type { RegionCode } from '../../../shared/applicants/domain/profile/region-codes.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';

const content = (kind: PartnerOrganisationKind, region: RegionCode | null) => ({
  kind,
  name: { ru: 'Организация', en: 'Organisation' },
  region,
  contacts: [{ name: 'Ирина Котова', email: 'i.kotova@example.org', language: 'ru' }],
});

const issuesOf = (value: unknown): string[] => {
  const parsed = partnerOrganisationContentSchema.safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join('.')} ${String(('params' in issue ? issue.params?.['code'] : undefined) ?? issue.code)}`,
      );
};

const organisation = (overrides: Partial<PartnerOrganisation> = {}): PartnerOrganisation => ({
  id: 'molodezh-perm',
  ...content('youth-policy-body', '59'),
  contacts: [{ name: 'Ирина Котова', email: 'i.kotova@example.org', language: 'ru' }],
  version: 1,
  createdAt: '2027-03-01T09:00:00.000Z',
  updatedAt: '2027-03-01T09:00:00.000Z',
  ...overrides,
});

const partner = (claims: Partial<Pick<Identity, 'organisation' | 'region'>>): Pick<Identity, 'organisation' | 'region'> => ({
  organisation: undefined,
  region: undefined,
  ...claims,
});

const refusalOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return `${error.status} ${error.code}`;
    throw error;
  }
  return 'accepted';
};

describe('what an organisation’s region may be, by kind', () => {
  it('places regional executive bodies and youth-policy bodies in a region, always', () => {
    for (const kind of ['regional-executive-body', 'youth-policy-body'] as const) {
      assert.deepEqual(issuesOf(content(kind, '59')), []);
      assert.deepEqual(issuesOf(content(kind, null)), ['region region-required']);
    }
  });

  it('places a federal ministry in none', () => {
    assert.deepEqual(issuesOf(content('federal-ministry', null)), []);
    assert.deepEqual(issuesOf(content('federal-ministry', '77')), ['region federal-has-no-region']);
  });

  it('lets an employer be regional or country-wide', () => {
    assert.deepEqual(issuesOf(content('employer', '28')), []);
    assert.deepEqual(issuesOf(content('employer', null)), []);
  });

  it('holds the same rules on what staff send, with the version they read', () => {
    for (const kind of PARTNER_ORGANISATION_KINDS) {
      for (const region of ['59', null] as const) {
        const asContent = partnerOrganisationContentSchema.safeParse(content(kind, region)).success;
        assert.equal(
          partnerOrganisationInputSchema.safeParse({ ...content(kind, region), version: 0 }).success,
          asContent,
          `${kind} ${region}`,
        );
      }
    }
    assert.equal(partnerOrganisationInputSchema.safeParse({ ...content('employer', null), version: -1 }).success, false);
    assert.equal(partnerOrganisationInputSchema.safeParse(content('employer', null)).success, false, 'the version is required');
  });

  it('refuses a code that is no subject of the federation, a list without contacts and unknown fields', () => {
    assert.deepEqual(issuesOf({ ...content('employer', null), region: '00' }), ['region unknown-region']);
    assert.ok(issuesOf({ ...content('employer', '59'), contacts: [] }).length > 0);
    assert.ok(issuesOf({ ...content('employer', '59'), inn: '5902290723' }).length > 0);
  });
});

describe('a partner’s claims against the registry', () => {
  it('name a registered organisation, in its region or with no region claimed', () => {
    const registered = organisation();
    assert.equal(checkPartnerClaims(partner({ organisation: 'molodezh-perm', region: '59' }), registered), registered);
    assert.equal(checkPartnerClaims(partner({ organisation: 'molodezh-perm' }), registered), registered);
  });

  it('may carry any region for an organisation the registry places in none', () => {
    const ministry = organisation({ id: 'minek-rf', kind: 'federal-ministry', region: null });
    assert.equal(checkPartnerClaims(partner({ organisation: 'minek-rf', region: '77' }), ministry), ministry);
  });

  it('are refused when they name nothing, something unregistered or another organisation than the one found', () => {
    assert.equal(
      refusalOf(() => checkPartnerClaims(partner({}), undefined)),
      '404 organisation-not-registered',
    );
    assert.equal(
      refusalOf(() => checkPartnerClaims(partner({ organisation: 'nobody' }), undefined)),
      '404 organisation-not-registered',
    );
    assert.equal(
      refusalOf(() => checkPartnerClaims(partner({ organisation: 'minobr-perm' }), organisation())),
      '404 organisation-not-registered',
    );
  });

  it('are refused when their region contradicts the registry’s, for a regional body and a regional employer alike', () => {
    assert.equal(
      refusalOf(() => checkPartnerClaims(partner({ organisation: 'molodezh-perm', region: '77' }), organisation())),
      '403 organisation-region-mismatch',
    );
    const employer = organisation({ id: 'amur-agro', kind: 'employer', region: '28' });
    assert.equal(
      refusalOf(() => checkPartnerClaims(partner({ organisation: 'amur-agro', region: '59' }), employer)),
      '403 organisation-region-mismatch',
    );
  });

  it('act for a retired organisation no more', () => {
    assert.equal(
      refusalOf(() => checkPartnerClaims(partner({ organisation: 'molodezh-perm', region: '59' }), organisation({ retired: true }))),
      '403 organisation-retired',
    );
  });
});

describe('the view of an organisation', () => {
  it('always states whether it is retired', () => {
    assert.equal(partnerOrganisationView(organisation()).retired, false);
    assert.equal(partnerOrganisationView(organisation({ retired: false })).retired, false);
    assert.equal(partnerOrganisationView(organisation({ retired: true })).retired, true);
  });
});
