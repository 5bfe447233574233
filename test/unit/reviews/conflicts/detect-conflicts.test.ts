import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  detectConflicts,
  type ApplicantConflictFacts,
  type ExpertConflictFacts,
} from '../../../../shared/reviews/domain/conflicts/detect-conflicts.ts';
import { normaliseOrganisation } from '../../../../shared/reviews/domain/conflicts/normalise-organisation.ts';

const applicant: ApplicantConflictFacts = {
  fullName: 'Иванова Анна Сергеевна',
  region: '59',
  organisations: ['ООО «Уралхим»'],
  universities: ['ФГБОУ ВО «Пермский государственный национальный исследовательский университет»'],
  relations: new Map(),
};
const expert: ExpertConflictFacts = { declared: [] };
const noRegionRule = { sameRegion: false };
const kinds = (found: readonly { kind: string }[]): string[] => found.map((conflict) => conflict.kind);

describe('conflicts of interest', () => {
  it('finds none between strangers', () => {
    assert.deepEqual(detectConflicts({ ...expert, organisation: 'Газпром', university: 'МГУ', region: '77' }, applicant, noRegionRule), []);
  });

  it('detects the same organisation or university whatever the legal form, quotes, case or ё', () => {
    const found = detectConflicts(
      { ...expert, organisation: 'уралхим', university: 'Пермский государственный национальный исследовательский университет' },
      applicant,
      noRegionRule,
    );
    assert.deepEqual(kinds(found), ['same-organisation', 'same-university']);
    assert.deepEqual(
      found.map((conflict) => conflict.source),
      ['detected', 'detected'],
    );
    assert.equal(found[0]!.detail, 'ООО «Уралхим»', 'staff see the applicant’s own spelling of what matched');
    assert.equal(normaliseOrganisation('«Ёлка» LLC'), normaliseOrganisation('ЕЛКА'));
  });

  it('treats an expert’s workplace that is the applicant’s university as a conflict too', () => {
    assert.deepEqual(
      kinds(
        detectConflicts(
          { ...expert, organisation: 'Пермский государственный национальный исследовательский университет' },
          applicant,
          noRegionRule,
        ),
      ),
      ['same-organisation'],
    );
  });

  it('counts the same region only where the programme’s rule says so', () => {
    assert.deepEqual(detectConflicts({ ...expert, region: '59' }, applicant, noRegionRule), []);
    assert.deepEqual(kinds(detectConflicts({ ...expert, region: '59' }, applicant, { sameRegion: true })), ['same-region']);
  });

  it('honours every declared conflict: a person by full name, an organisation, a region', () => {
    const found = detectConflicts(
      {
        ...expert,
        declared: [
          { kind: 'person', name: 'ИВАНОВА  Анна Сергеевна' },
          { kind: 'organisation', name: 'Уралхим' },
          { kind: 'region', region: '59' },
          { kind: 'person', name: 'Петров Пётр' },
          { kind: 'organisation', name: 'ООО' },
        ],
      },
      applicant,
      noRegionRule,
    );
    assert.deepEqual(kinds(found), ['declared-person', 'declared-organisation', 'declared-region']);
    assert.ok(!JSON.stringify(found).includes('Иванова'), 'a conflict never repeats the applicant’s name');
  });

  it('reports every past relation between the expert and the applicant, and only theirs', () => {
    const relations = new Map([
      [
        'expert-digest',
        [
          { person: 'expert-digest', kind: 'mentoring' as const, seasonId: 'kadry-2024', teamId: 'sever' },
          { person: 'expert-digest', kind: 'team' as const, seasonId: 'kadry-2025' },
        ],
      ],
      ['someone-else', [{ person: 'someone-else', kind: 'team' as const, seasonId: 'kadry-2025', teamId: 'yug' }]],
    ]);
    const found = detectConflicts(
      { ...expert, person: 'expert-digest' },
      { ...applicant, person: 'applicant-digest', relations },
      noRegionRule,
    );
    assert.deepEqual(found, [
      { kind: 'past-relation', source: 'relation', detail: 'past mentoring relation (team sever, season kadry-2024)' },
      { kind: 'past-relation', source: 'relation', detail: 'past team relation (season kadry-2025)' },
    ]);
    assert.deepEqual(detectConflicts({ ...expert, person: 'stranger' }, { ...applicant, relations }, noRegionRule), []);
    assert.deepEqual(
      detectConflicts(expert, { ...applicant, relations }, noRegionRule),
      [],
      'an expert without an address relates to no one',
    );
  });

  it('refuses the applicant reviewing themselves: the expert signs in with the applicant’s own address', () => {
    const found = detectConflicts({ ...expert, person: 'one-person' }, { ...applicant, person: 'one-person' }, noRegionRule);
    assert.deepEqual(kinds(found), ['same-person']);
    assert.equal(found[0]?.source, 'detected');
  });
});
