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
  relations: [],
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

  it('reports every past relation cadre recorded', () => {
    const found = detectConflicts(expert, { ...applicant, relations: ['mentor of the team «Север», season kadry-2025'] }, noRegionRule);
    assert.deepEqual(found, [{ kind: 'past-relation', source: 'relation', detail: 'mentor of the team «Север», season kadry-2025' }]);
  });
});
