import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DATA_SHARING_FIELDS, inCatalogueOrder, type DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import type { Profile } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import { releasedData } from '../../../shared/releases/domain/released-data.ts';
import { releasedDataSchema } from '../../../shared/releases/release-schema.ts';
import { PLANTED_MARKERS, plantedProfile } from '../../support/planted-profile.ts';

const profile: Profile = {
  ...plantedProfile(),
  applicantId: '0a1e0000-0000-4000-8000-0000000000aa',
  version: 3,
  createdAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-06-01T08:00:00.000Z',
};
const source = {
  profile,
  application: { stage: 'federal-internship', track: { track: 'young', assignedAt: '2026-05-02T08:00:00.000Z' } },
  scores: new Map([
    ['ministry-interview', 8],
    ['expert-interview', 7.5],
    ['project-evaluation', 9],
  ]),
  interviewRubrics: ['expert-interview', 'ministry-interview'],
};

/** The data key each catalogue field lands in. */
const keyOf = (field: DataSharingField): string => (field.startsWith('contacts.') ? 'contacts' : field);

const subsets = fc.subarray([...DATA_SHARING_FIELDS], { minLength: 1 });

describe('the release field filter', () => {
  it('lets out exactly the fields named, each with the profile’s or the application’s value, and nothing planted in another', () => {
    fc.assert(
      fc.property(subsets, (fields) => {
        const data = releasedData(source, fields);
        assert.ok(releasedDataSchema.safeParse(data).success, 'the data fits its schema');
        assert.deepEqual(Object.keys(data).sort(), [...new Set(fields.map(keyOf))].sort());
        const text = JSON.stringify(data);
        for (const [field, markers] of Object.entries(PLANTED_MARKERS))
          for (const marker of markers ?? [])
            assert.equal(text.includes(marker), fields.includes(field as DataSharingField), `${field}: ${marker}`);
        assert.ok(!text.includes(profile.applicantId), 'the account id never leaves');
        assert.ok(!text.includes('"preferredLanguage"'), 'the preferred language never leaves');
        assert.ok(!text.includes('project-evaluation'), 'a score of a rubric that is no interview never leaves');
      }),
    );
  });

  it('takes each field from its one place', () => {
    const all = releasedData(source, DATA_SHARING_FIELDS);
    assert.deepEqual(all.name, profile.name);
    assert.equal(all.birthDate, profile.birthDate);
    assert.deepEqual(all.citizenship, ['RU', 'KZ']);
    assert.equal(all.region, '59');
    assert.deepEqual(all.contacts, { email: 'plant.email@example.org', phone: '+79991234567' });
    assert.deepEqual(all.education, profile.education);
    assert.deepEqual(all.workExperience, profile.workExperience);
    assert.deepEqual(all.activity, profile.activity);
    assert.equal(all.track, 'young');
    assert.equal(all.stage, 'federal-internship');
    assert.deepEqual(all.interviewScores, [
      { rubricId: 'expert-interview', score: 7.5 },
      { rubricId: 'ministry-interview', score: 8 },
    ]);
  });

  it('splits the contacts: the email without the phone, and a phone never given is simply absent', () => {
    assert.deepEqual(releasedData(source, ['contacts.email']).contacts, { email: 'plant.email@example.org' });
    const { phone: _phone, ...withoutPhone } = profile.contacts;
    assert.deepEqual(releasedData({ ...source, profile: { ...profile, contacts: withoutPhone } }, ['contacts.phone']), {});
  });

  it('keeps fields in catalogue order, each once', () => {
    assert.deepEqual(inCatalogueOrder(['stage', 'name', 'stage', 'contacts.email']), ['name', 'contacts.email', 'stage']);
  });
});
