import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { levelsTakingOffersAt, listingsFor, offerOpenTo, type OfferSeeker } from '../../../shared/internships/domain/offer-audience.ts';

const prokadry = prokadryTemplate.settings;
const seeker = (changes: Partial<OfferSeeker> & { readonly trackId?: string }): OfferSeeker => {
  const { trackId, ...rest } = changes;
  const track: Application['track'] = trackId === undefined ? undefined : { track: trackId, assignedAt: '2026-06-01T00:00:00.000Z' };
  return { stage: 'regional-internship', region: '59', preferredInternshipLevel: 'regional', track, ...rest };
};

describe('the offers an application may rank', () => {
  it('ПроКадры beginners: regional offers of their own region at the regional internship', () => {
    assert.deepEqual(listingsFor(prokadry, seeker({ trackId: 'beginner' })), [{ level: 'regional', region: '59' }]);
  });

  it('a preference for a level the stage does not take leaves the stage’s levels (a beginner who hoped for a ministry)', () => {
    assert.deepEqual(listingsFor(prokadry, seeker({ trackId: 'beginner', preferredInternshipLevel: 'federal' })), [
      { level: 'regional', region: '59' },
    ]);
  });

  it('PRO finalists: the level they preferred, a regional one in any region', () => {
    const finalist = { stage: 'federal-internship', trackId: 'pro' };
    assert.deepEqual(listingsFor(prokadry, seeker({ ...finalist, preferredInternshipLevel: 'federal' })), [
      { level: 'federal', region: undefined },
    ]);
    assert.deepEqual(listingsFor(prokadry, seeker({ ...finalist, preferredInternshipLevel: 'regional' })), [
      { level: 'regional', region: undefined },
    ]);
    assert.deepEqual(listingsFor(prokadry, seeker({ ...finalist, preferredInternshipLevel: undefined })), [
      { level: 'federal', region: undefined },
      { level: 'regional', region: undefined },
    ]);
  });

  it('young finalists rank the ministries’ offers: the federal stage takes regional offers from PRO only', () => {
    assert.deepEqual(
      listingsFor(prokadry, seeker({ stage: 'federal-internship', trackId: 'young', preferredInternshipLevel: 'regional' })),
      [{ level: 'federal', region: undefined }],
    );
  });

  it('nothing outside a stage that takes offers, and no regional offer for an application without a region where the region counts', () => {
    assert.deepEqual(listingsFor(prokadry, seeker({ stage: 'interview', trackId: 'young' })), []);
    assert.deepEqual(listingsFor(prokadry, seeker({ trackId: 'beginner', region: undefined })), []);
  });

  it('Кадры будущего: pupils and tutors rank their region’s partners’ trials during project work, mentors do not', () => {
    const kadry = kadryBudushchegoTemplate.settings;
    const pupil = { stage: 'project-work', participantRole: 'pupil', preferredInternshipLevel: undefined, region: '28' };
    assert.deepEqual(listingsFor(kadry, seeker(pupil)), [{ level: 'partner-organisation', region: '28' }]);
    assert.deepEqual(listingsFor(kadry, seeker({ ...pupil, participantRole: 'mentor' })), []);
    assert.deepEqual(levelsTakingOffersAt(kadry, 'project-work'), ['partner-organisation']);
  });

  it('an offer is open when approved, in a listing’s level and region, and for the track', () => {
    const listings = [{ level: 'regional', region: '59' }] as const;
    const offer = { status: 'approved', level: 'regional', region: '59', tracks: undefined } as const;
    assert.equal(offerOpenTo(offer, listings, 'beginner'), true);
    assert.equal(offerOpenTo({ ...offer, status: 'submitted' }, listings, 'beginner'), false);
    assert.equal(offerOpenTo({ ...offer, status: 'submitted' }, listings, 'beginner', ['submitted']), true);
    assert.equal(offerOpenTo({ ...offer, region: '77' }, listings, 'beginner'), false);
    assert.equal(offerOpenTo({ ...offer, level: 'federal' }, listings, 'beginner'), false);
    assert.equal(offerOpenTo({ ...offer, tracks: ['pro'] }, listings, 'beginner'), false);
    assert.equal(offerOpenTo({ ...offer, tracks: ['pro', 'beginner'] }, listings, 'beginner'), true);
    assert.equal(offerOpenTo({ ...offer, tracks: ['pro'] }, listings, undefined), false);
    assert.equal(offerOpenTo({ ...offer, region: '77' }, [{ level: 'regional', region: undefined }], 'pro'), true);
  });
});
