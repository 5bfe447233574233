import type { ConsentState } from '../domain/consents/consent-state.ts';
import type { Profile } from '../domain/profile/profile-schema.ts';

export interface ProfileAndConsent {
  /** Undefined when the person has no profile yet. */
  readonly profile: Profile | undefined;
  /** Undefined when the person has no consent record yet. */
  readonly consentState: ConsentState | undefined;
}

/**
 * A person's profile and current consent state in ONE read (both live in the applicant's
 * partition): what submission needs to decide eligibility, without a request per item.
 */
export interface ProfileAndConsentReader {
  read(applicantId: string): Promise<ProfileAndConsent>;
}
