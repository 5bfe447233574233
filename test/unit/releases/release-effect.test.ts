import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { releaseIdOf } from '../../../shared/releases/domain/release-id.ts';
import { releaseDataToPartner, releaseDataToRegion } from '../../../shared/releases/use-cases/release-application-data.ts';
import {
  application,
  consentWith,
  FakeReleaseStore,
  FakeReleaseSubjects,
  fakeOrganisations,
  organisation,
  programme,
  season,
  subjectOf,
} from './release-fakes.ts';

const APP = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const move = { from: 'federal-interview', to: 'federal-internship', version: 9 };
const NOW = new Date('2027-10-01T08:00:00.000Z');

const world = (options: { readonly organisations?: ReturnType<typeof organisation>[] } = {}) => {
  const releases = new FakeReleaseStore();
  const subjects = new FakeReleaseSubjects();
  const deps = {
    releases,
    subjects,
    organisations: fakeOrganisations(
      options.organisations ?? [
        organisation('molodezh-perm'),
        organisation('molodezh-moskva', { region: '77' }),
        organisation('minobr-perm', { kind: 'regional-executive-body' }),
      ],
    ),
    releaseValidityDays: 365,
    clock: () => NOW,
  };
  return { deps, releases, subjects };
};

describe('the releaseDataToRegion effect', () => {
  it('releases the consented fields to the youth-policy body of the application’s region only, for 12 months', async () => {
    const { deps, releases, subjects } = world();
    const app = application(APP);
    subjects.subjects.set(APP, subjectOf(app, consentWith(['name', 'contacts.email', 'interviewScores'])));
    const decision = await releaseDataToRegion(deps, { application: app, programme: programme(), season: season(), move });
    assert.equal(decision.outcome, 'released');
    assert.equal(decision.region, '59');
    assert.deepEqual(decision.releases, [{ releaseId: releaseIdOf(APP, 'molodezh-perm', 'region'), organisationId: 'molodezh-perm' }]);
    const [release, ...others] = releases.releases.values();
    assert.equal(others.length, 0, 'no other region’s body and no other kind of regional body');
    assert.deepEqual(release?.fields, ['name', 'contacts.email', 'interviewScores']);
    assert.equal(release?.region, '59');
    assert.equal(release?.consentId, '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b');
    assert.equal(release?.validUntil, '2028-09-30T08:00:00.000Z');
    assert.deepEqual(release?.interviewRubrics, ['expert-interview', 'ministry-interview']);
    assert.deepEqual(release?.move, move);
  });

  it('is idempotent: a repeat of the move’s effect answers the first decision and makes nothing new', async () => {
    const { deps, releases, subjects } = world();
    const app = application(APP);
    subjects.subjects.set(APP, subjectOf(app, consentWith(['name'])));
    const first = await releaseDataToRegion(deps, { application: app, programme: programme(), season: season(), move });
    // Even a consent withdrawn in between does not rewrite what was decided; reads check the consent themselves.
    subjects.subjects.set(APP, subjectOf(app, consentWith(undefined)));
    const again = await releaseDataToRegion(deps, { application: app, programme: programme(), season: season(), move });
    assert.deepEqual(again, first);
    assert.equal(releases.releases.size, 1);
    assert.equal(releases.decisions.size, 1);
  });

  it('releases nothing without the data-sharing consent, or with one only for the host, or with processing withdrawn', async () => {
    for (const consent of [
      undefined,
      consentWith(undefined),
      consentWith(undefined, {
        dataSharingHost: {
          consentId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
          textVersion: 'dsh-2026-01',
          fields: ['name'],
          at: '2027-05-01T08:00:00.000Z',
        },
      }),
      consentWith(['name'], { personalData: 'withdrawn' }),
    ]) {
      const { deps, releases, subjects } = world();
      const app = application(APP);
      subjects.subjects.set(APP, subjectOf(app, consent));
      const decision = await releaseDataToRegion(deps, { application: app, programme: programme(), season: season(), move });
      assert.equal(decision.outcome, 'consent-missing');
      assert.equal(releases.releases.size, 0);
      assert.equal(releases.decisions.size, 1, 'the refusal is kept for staff');
    }
  });

  it('holds a minor’s release until a guardian consented, as the programme’s guardian age says', async () => {
    const { deps, releases, subjects } = world();
    const app = application(APP);
    subjects.subjects.set(APP, subjectOf(app, consentWith(['name']), '2010-01-01'));
    const held = await releaseDataToRegion(deps, { application: app, programme: programme(), season: season(), move });
    assert.equal(held.outcome, 'guardian-consent-missing');
    subjects.subjects.set(APP, subjectOf(app, consentWith(['name'], { guardianConsentGiven: true }), '2010-01-01'));
    const released = await releaseDataToRegion(deps, {
      application: app,
      programme: programme(),
      season: season(),
      move: { ...move, version: 10 },
    });
    assert.equal(released.outcome, 'released');
    assert.equal(releases.releases.size, 1);
  });

  it('records no-recipient where the region has no youth-policy body registered (or only a retired one), and no-region without a region', async () => {
    const { deps, releases, subjects } = world({
      organisations: [organisation('molodezh-perm', { retired: true }), organisation('molodezh-moskva', { region: '77' })],
    });
    const app = application(APP);
    subjects.subjects.set(APP, subjectOf(app, consentWith(['name'])));
    const decision = await releaseDataToRegion(deps, { application: app, programme: programme(), season: season(), move });
    assert.deepEqual([decision.outcome, decision.region], ['no-recipient', '59']);
    const { region: _region, ...regionless } = app;
    const none = await releaseDataToRegion(deps, {
      application: regionless,
      programme: programme(),
      season: season(),
      move: { ...move, version: 10 },
    });
    assert.equal(none.outcome, 'no-region');
    assert.equal(releases.releases.size, 0);
  });
});

describe('the releaseDataToPartner effect', () => {
  it('releases the host-consented fields to the organisations a placement names, and only with that consent', async () => {
    const { deps, releases, subjects } = world({ organisations: [organisation('minek-rf', { kind: 'federal-ministry', region: null })] });
    const app = application(APP);
    const hostConsent = consentWith(undefined, {
      dataSharingHost: {
        consentId: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
        textVersion: 'dsh-2026-01',
        fields: ['name', 'education'],
        at: '2027-05-01T08:00:00.000Z',
      },
    });
    subjects.subjects.set(APP, subjectOf(app, hostConsent));
    const hosts = { hostsOf: async (applicationId: string) => (applicationId === APP ? ['minek-rf', 'not-registered'] : []) };
    const decision = await releaseDataToPartner({ ...deps, hosts }, { application: app, programme: programme(), season: season(), move });
    assert.equal(decision.outcome, 'released');
    assert.deepEqual(decision.releases, [{ releaseId: releaseIdOf(APP, 'minek-rf', 'host'), organisationId: 'minek-rf' }]);
    const [release] = releases.releases.values();
    assert.deepEqual([release?.purpose, release?.region, release?.fields], ['host', null, ['name', 'education']]);

    const noPlacement = await releaseDataToPartner(
      { ...deps, hosts: { hostsOf: async () => [] } },
      { application: app, programme: programme(), season: season(), move: { ...move, version: 10 } },
    );
    assert.equal(noPlacement.outcome, 'no-host');
    // The region's consent is not the host's.
    subjects.subjects.set(APP, subjectOf(app, consentWith(['name'])));
    const regionOnly = await releaseDataToPartner(
      { ...deps, hosts },
      { application: app, programme: programme(), season: season(), move: { ...move, version: 11 } },
    );
    assert.equal(regionOnly.outcome, 'consent-missing');
  });
});
