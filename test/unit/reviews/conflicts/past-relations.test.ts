import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { relationsWithin } from '../../../../shared/relations/domain/relations-within.ts';
import { applicantConflictFacts, expertConflictFacts } from '../../../../shared/reviews/domain/conflicts/conflict-facts.ts';
import { detectConflicts } from '../../../../shared/reviews/domain/conflicts/detect-conflicts.ts';
import type { ExpertProfile } from '../../../../shared/reviews/expert-profile-schema.ts';
import { baseProfile } from '../../../support/profile-fixtures.ts';

const emails: Record<string, string> = { anna: 'anna@example.org', mentor: 'mentor@example.org' };
const team = {
  seasonId: 'kadry-2024',
  teamId: 'sever',
  people: [
    { applicantId: 'anna', role: 'member' as const },
    { applicantId: 'mentor', role: 'mentor' as const },
  ],
};
const expert = (email: string | undefined): ExpertProfile => ({
  expertId: 'expert-1',
  displayName: 'Эксперт',
  competences: [],
  languages: ['ru'],
  capacityPerSeason: 5,
  available: true,
  declaredConflicts: [],
  ...(email === undefined ? {} : { email }),
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const rules = { sameRegion: false };

describe('conflict facts from people relations', () => {
  it('lets the conflict check find the expert among the applicant’s past relations by the address they sign in with', () => {
    const relations = relationsWithin(team, (applicantId) => emails[applicantId]).get('anna') ?? [];
    const applicant = applicantConflictFacts(undefined, '59', relations);
    assert.deepEqual(detectConflicts(expertConflictFacts(expert('MENTOR@example.org')), applicant, rules), [
      { kind: 'past-relation', source: 'relation', detail: 'past mentoring relation (team sever, season kadry-2024)' },
    ]);
    assert.deepEqual(detectConflicts(expertConflictFacts(expert('stranger@example.org')), applicant, rules), []);
    assert.deepEqual(detectConflicts(expertConflictFacts(expert(undefined)), applicant, rules), []);
  });

  it('finds the expert who signs in with the applicant’s own address, whatever its case', () => {
    const profile = {
      ...baseProfile(),
      applicantId: 'anna',
      version: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const applicant = applicantConflictFacts(profile, profile.region, []);
    const found = detectConflicts(expertConflictFacts(expert(profile.contacts.email.toUpperCase())), applicant, rules);
    assert.deepEqual(
      found.map((conflict) => conflict.kind),
      ['same-person'],
    );
    assert.ok(!JSON.stringify(found).includes(profile.contacts.email), 'the conflict never repeats the address');
  });
});
