import type { InternshipOffer, InternshipOfferContent, InternshipOfferStatus } from '../internship-offer-schema.ts';

/** What an applicant chose an offer for: where, when, for how long, how, for whom. */
const CHOSEN_FACTS = ['hostOrganisation', 'level', 'region', 'city', 'startsOn', 'endsOn', 'weeks', 'format'] as const;

/** Whether some track that could rank the offer before can no longer (absent: every track). */
const tracksNarrowed = (before: readonly string[] | undefined, after: readonly string[] | undefined): boolean => {
  if (after === undefined) return false;
  if (before === undefined) return true;
  return before.some((track) => !after.includes(track));
};

/**
 * Whether an edit changes what applicants ranked the offer for: its host, level, place, dates,
 * length or format, fewer seats, or fewer tracks. Texts, the contact, more seats or more tracks
 * change nothing anyone chose.
 */
export const changesWhatApplicantsChose = (before: InternshipOffer, after: InternshipOfferContent): boolean =>
  CHOSEN_FACTS.some((fact) => before[fact] !== after[fact]) || after.seats < before.seats || tracksNarrowed(before.tracks, after.tracks);

/**
 * An offer's status after its host (or staff) saves it: a new offer is a draft; an approved offer
 * whose edit changes what applicants chose goes back to staff's review (applicants no longer see
 * it, their choices of it wait, and a matching run leaves it out until it is approved again); any
 * other edit keeps the status it had.
 */
export const statusAfterEdit = (before: InternshipOffer | undefined, after: InternshipOfferContent): InternshipOfferStatus => {
  if (before === undefined) return 'draft';
  if (before.status === 'approved' && changesWhatApplicantsChose(before, after)) return 'submitted';
  return before.status;
};

/** The status changes people make, from where to where. */
export const OFFER_STATUS_CHANGES = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'returned' },
  withdraw: { from: ['draft', 'submitted', 'approved', 'returned'], to: 'withdrawn' },
} as const satisfies Record<string, { readonly from: readonly InternshipOfferStatus[]; readonly to: InternshipOfferStatus }>;
export type OfferStatusChange = keyof typeof OFFER_STATUS_CHANGES;
