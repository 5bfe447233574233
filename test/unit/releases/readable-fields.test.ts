import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { ConsentState } from '../../../shared/applicants/domain/consents/consent-state.ts';
import type { DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import { readableFields, releaseStatusOf } from '../../../shared/releases/domain/readable-fields.ts';
import { releaseIdOf } from '../../../shared/releases/domain/release-id.ts';
import { isExpired, releaseValidityDays, validUntilOf } from '../../../shared/releases/domain/release-validity.ts';
import type { Release } from '../../../shared/releases/release-schema.ts';
import { uuidSchema } from '../../../shared/platform/identifiers/identifiers.ts';

const grant = (fields: DataSharingField[]) => ({
  consentId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
  textVersion: 'dsr-2026-01',
  fields,
  at: '2026-05-01T08:00:00.000Z',
});
const consent = (changes: Partial<ConsentState>): ConsentState => ({
  personalData: 'given',
  textVersion: 'pd-2026-01',
  guardianConsentGiven: false,
  updatedAt: '2026-05-01T08:00:00.000Z',
  version: 2,
  ...changes,
});
const release: Release = {
  id: releaseIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'molodezh-perm', 'region'),
  purpose: 'region',
  organisationId: 'molodezh-perm',
  region: '59',
  applicationId: '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41',
  applicantId: 'someone',
  programmeId: 'prokadry-2027',
  seasonId: 'prokadry-2027-spring',
  consentId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
  fields: ['name', 'contacts.email', 'education'],
  interviewRubrics: [],
  move: { from: 'federal-interview', to: 'federal-internship', version: 9 },
  releasedAt: '2026-10-01T08:00:00.000Z',
  validUntil: '2027-10-01T08:00:00.000Z',
};

describe('what of a release may be read now', () => {
  it('is what the release and the consent in force for its purpose both name', () => {
    assert.deepEqual(readableFields(release, consent({ dataSharingRegion: grant(['name', 'contacts.email', 'education']) })), [
      'name',
      'contacts.email',
      'education',
    ]);
    // Narrowed since: narrower reads.
    assert.deepEqual(readableFields(release, consent({ dataSharingRegion: grant(['name']) })), ['name']);
    // Widened since: the release made under the narrower consent stays as narrow.
    assert.deepEqual(readableFields(release, consent({ dataSharingRegion: grant(['name', 'contacts.email', 'education', 'birthDate']) })), [
      'name',
      'contacts.email',
      'education',
    ]);
  });

  it('is nothing once the consent for the purpose is withdrawn, or given only for the other purpose, or processing is withdrawn', () => {
    assert.deepEqual(readableFields(release, consent({})), []);
    assert.deepEqual(readableFields(release, consent({ dataSharingHost: grant(['name']) })), []);
    assert.deepEqual(readableFields(release, consent({ personalData: 'withdrawn', dataSharingRegion: grant(['name']) })), []);
    assert.deepEqual(readableFields(release, undefined), []);
  });

  it('stands for staff as readable, expired or consent-withdrawn', () => {
    const given = consent({ dataSharingRegion: grant(['name']) });
    assert.equal(releaseStatusOf(release, given, new Date('2027-01-01T00:00:00Z')), 'readable');
    assert.equal(releaseStatusOf(release, given, new Date('2027-10-01T08:00:00Z')), 'expired');
    assert.equal(releaseStatusOf(release, consent({}), new Date('2027-01-01T00:00:00Z')), 'consent-withdrawn');
  });
});

describe('a release’s id and validity', () => {
  it('names the application, recipient and purpose, the same every time, as a UUID', () => {
    const id = releaseIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'molodezh-perm', 'region');
    assert.equal(id, release.id);
    assert.ok(uuidSchema.safeParse(id).success, id);
    assert.notEqual(id, releaseIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'molodezh-perm', 'host'));
    assert.notEqual(id, releaseIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'molodezh-moskva', 'region'));
  });

  it('lasts 12 months unless the deployment says less, never more', () => {
    assert.equal(releaseValidityDays(undefined), 365);
    assert.equal(releaseValidityDays(90), 90);
    assert.throws(() => releaseValidityDays(400), /at most 365/);
    const until = validUntilOf(new Date('2026-10-01T08:00:00.000Z'), 365);
    assert.equal(until, '2027-10-01T08:00:00.000Z');
    assert.equal(isExpired(until, new Date('2027-10-01T07:59:59.999Z')), false);
    assert.equal(isExpired(until, new Date('2027-10-01T08:00:00.000Z')), true);
  });
});
