import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { RegionCode } from '../../../shared/applicants/domain/profile/region-codes.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { offerFaultAgainstProgramme } from '../../../shared/internships/domain/check-offer-against-programme.ts';
import { changesWhatApplicantsChose, statusAfterEdit } from '../../../shared/internships/domain/offer-review.ts';
import {
  internshipOfferInputSchema,
  type InternshipOffer,
  type InternshipOfferContent,
} from '../../../shared/internships/internship-offer-schema.ts';

const regional: InternshipOfferContent = {
  hostOrganisation: 'perm-roiv',
  level: 'regional',
  region: '59',
  city: 'Пермь',
  title: { ru: 'Стажёр отдела молодёжной политики', en: 'Youth policy intern' },
  description: { ru: 'Подготовка мероприятий.', en: 'Preparing events.' },
  seats: 3,
  startsOn: '2026-10-05',
  endsOn: '2026-12-18',
  weeks: 4,
  format: 'in-person',
};
const federal: InternshipOfferContent = { ...regional, hostOrganisation: 'minek-rf', level: 'federal', region: '77', city: 'Москва' };
const faultOf = (offer: InternshipOfferContent, hostRegion: RegionCode | null, settings = prokadryTemplate.settings) =>
  offerFaultAgainstProgramme(settings, offer, { region: hostRegion })?.code;

describe('an offer against its programme and host', () => {
  it('accepts a РОИВ’s offer in its region and a ministry’s in Moscow', () => {
    assert.equal(faultOf(regional, '59'), undefined);
    assert.equal(faultOf(federal, null), undefined);
    assert.equal(faultOf({ ...federal, region: undefined, city: undefined }, null), undefined);
  });

  it('takes offers of a level some stage takes, on the programme’s tracks', () => {
    assert.equal(faultOf({ ...regional, level: 'galactic' }, '59'), 'level-not-offered');
    assert.equal(faultOf({ ...regional, tracks: ['beginner', 'wizard'] }, '59'), 'unknown-track');
    assert.equal(faultOf({ ...regional, tracks: ['beginner'] }, '59'), undefined);
    // Кадры будущего has no tracks: an offer cannot name one.
    const trial = { ...regional, level: 'partner-organisation', weeks: 2, tracks: ['pupil'] };
    assert.equal(faultOf(trial, '59', kadryBudushchegoTemplate.settings), 'unknown-track');
  });

  it('keeps the stay within the level’s weeks (ПроКадры’s ministries: 2 to 4)', () => {
    assert.equal(faultOf({ ...federal, weeks: 1 }, null), 'duration-out-of-bounds');
    assert.equal(faultOf({ ...federal, weeks: 5 }, null), 'duration-out-of-bounds');
    assert.equal(faultOf({ ...federal, weeks: 2 }, null), undefined);
    assert.equal(faultOf({ ...regional, weeks: 12 }, '59'), undefined);
  });

  it('a regional offer happens in a region, the host’s own; a federal one is hosted by a body without a region', () => {
    assert.equal(faultOf({ ...regional, region: undefined }, '59'), 'region-required');
    assert.equal(faultOf({ ...regional, region: '66' }, '59'), 'region-not-hosts');
    assert.equal(faultOf({ ...regional, region: '66' }, null), undefined);
    assert.equal(faultOf(federal, '59'), 'host-not-federal');
  });
});

describe('an offer as sent', () => {
  const parse = (changes: Record<string, unknown>) => {
    const result = internshipOfferInputSchema.safeParse({ ...regional, version: 0, ...changes });
    return result.success
      ? []
      : result.error.issues.map(
          (issue) => `${issue.path.join('.')} ${String((issue as { params?: { code?: string } }).params?.code ?? issue.code)}`,
        );
  };

  it('ends on or after its start, and the stay fits between the dates', () => {
    assert.deepEqual(parse({}), []);
    assert.deepEqual(parse({ endsOn: '2026-10-01' }), ['endsOn bad-order']);
    assert.deepEqual(parse({ startsOn: '2026-10-05', endsOn: '2026-11-01', weeks: 4 }), []);
    assert.deepEqual(parse({ startsOn: '2026-10-05', endsOn: '2026-10-31', weeks: 4 }), ['weeks longer-than-dates']);
    assert.deepEqual(parse({ startsOn: '2026-10-05', endsOn: '2026-11-01', weeks: 5 }), ['weeks longer-than-dates']);
    assert.deepEqual(parse({ tracks: ['pro', 'pro'] }), ['tracks duplicate-track']);
  });
});

describe('an approved offer edited', () => {
  const approved: InternshipOffer = {
    ...regional,
    tracks: ['beginner', 'young'],
    seasonId: 'season',
    programmeId: 'programme',
    id: 'offer',
    hostName: { ru: 'Правительство Пермского края', en: 'Government of Perm Krai' },
    hostKind: 'regional-executive-body',
    status: 'approved',
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
    version: 3,
  };

  it('goes back to review when what applicants chose changes: place, dates, length, format, fewer seats or tracks', () => {
    const changes: readonly Partial<InternshipOffer>[] = [
      { region: '66' },
      { city: 'Кунгур' },
      { startsOn: '2026-10-12' },
      { endsOn: '2026-12-25' },
      { weeks: 6 },
      { format: 'remote' as const },
      { seats: 2 },
      { tracks: ['beginner'] },
      { tracks: undefined, level: 'federal' },
    ];
    for (const change of changes) {
      const edited = { ...approved, ...change };
      assert.equal(changesWhatApplicantsChose(approved, edited), true, JSON.stringify(change));
      assert.equal(statusAfterEdit(approved, edited), 'submitted', JSON.stringify(change));
    }
  });

  it('stays approved for texts, the contact, more seats or more tracks', () => {
    for (const change of [
      { title: { ru: 'Другое', en: 'Other' } },
      { description: { ru: 'Другое', en: 'Other' } },
      { contact: { name: 'Ирина', email: 'irina@example.org' } },
      { seats: 5 },
      { tracks: ['beginner', 'young', 'pro'] },
      { tracks: undefined },
    ]) {
      assert.equal(statusAfterEdit(approved, { ...approved, ...change }), 'approved', JSON.stringify(change));
    }
  });

  it('a new offer is a draft; a draft, submitted or returned one keeps its status', () => {
    assert.equal(statusAfterEdit(undefined, regional), 'draft');
    for (const status of ['draft', 'submitted', 'returned'] as const) {
      assert.equal(statusAfterEdit({ ...approved, status }, { ...approved, weeks: 6 }), status);
    }
  });
});
