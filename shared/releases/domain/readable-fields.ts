import type { ConsentState } from '../../applicants/domain/consents/consent-state.ts';
import { DATA_SHARING_STATE_FIELDS, type DataSharingField } from '../../applicants/domain/consents/data-sharing.ts';
import type { Release } from '../release-schema.ts';
import { isExpired } from './release-validity.ts';

/**
 * The fields of a release that may be read now: those the release AND the applicant's data-sharing
 * consent in force for its purpose both name. A consent narrowed since the release narrows what is
 * read; one widened since does not widen a release made under the narrower one; a withdrawn one
 * (or a withdrawn consent to processing, which ends it) leaves nothing. Empty: nothing may be read.
 */
export const readableFields = (release: Pick<Release, 'purpose' | 'fields'>, consent: ConsentState | undefined): DataSharingField[] => {
  if (consent?.personalData !== 'given') return [];
  const grant = consent[DATA_SHARING_STATE_FIELDS[release.purpose]];
  if (grant === undefined) return [];
  const granted = new Set(grant.fields);
  return release.fields.filter((field) => granted.has(field));
};

export type ReleaseStatus = 'readable' | 'expired' | 'consent-withdrawn';

/** How a release stands for staff, from the same two checks every read makes. */
export const releaseStatusOf = (release: Release, consent: ConsentState | undefined, now: Date): ReleaseStatus =>
  isExpired(release.validUntil, now) ? 'expired' : readableFields(release, consent).length === 0 ? 'consent-withdrawn' : 'readable';
