import { consentRequired } from '../../applicant-errors.ts';
import type { ConsentState } from './consent-state.ts';
import { currentConsentText } from './consent-texts.ts';

/**
 * 152-FZ: nothing new of a person is stored (a profile, a draft or its edit, an upload form, a
 * confirmation) unless their consent to personal-data processing is in force in `state`
 * (undefined: no consent record yet); 409 `consent-required` otherwise, naming the current text
 * to consent to. Only the person's own consent counts: a guardian's consent for a minor is a hold
 * at submission, not a condition for storing. Reading one's own data stays open.
 */
export const requireProcessingConsent = (state: Pick<ConsentState, 'personalData'> | undefined): void => {
  const personalData = state?.personalData ?? 'missing';
  if (personalData !== 'given') throw consentRequired(personalData, currentConsentText('personal-data').version);
};
