import { consentRequired } from '../applicant-errors.ts';
import { currentConsentText } from '../domain/consents/consent-texts.ts';
import type { ConsentState } from '../domain/consents/consent-state.ts';
import type { ConsentRepository } from '../ports/consent-repository.ts';

/**
 * Whether a person's data may be processed now: their consent to personal-data processing is in
 * force (given and not withdrawn since). One GetItem of the consent state.
 */
export const isProcessingAllowed = async (consents: Pick<ConsentRepository, 'state'>, applicantId: string): Promise<boolean> =>
  (await consents.state(applicantId))?.personalData === 'given';

/**
 * Refuses (409 `consent-required`) unless consent to personal-data processing is in force in
 * `state` (undefined: the person has no consent record yet). Only the person's own consent counts
 * here: a guardian's consent for a minor is a hold at submission, not a condition for storing.
 */
export const requireProcessingConsent = (state: Pick<ConsentState, 'personalData'> | undefined): void => {
  const personalData = state?.personalData ?? 'missing';
  if (personalData !== 'given') throw consentRequired(personalData, currentConsentText('personal-data').version);
};
