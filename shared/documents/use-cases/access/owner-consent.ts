import { consentRequired } from '../../../applicants/applicant-errors.ts';
import { currentConsentText } from '../../../applicants/domain/consents/consent-texts.ts';

/**
 * 152-FZ: nothing new of an applicant is stored (an upload form records a document, a confirmation
 * settles it) unless their consent to personal-data processing is in force; 409 `consent-required`
 * otherwise, as for profile writes and drafts. Reading their own documents stays open.
 */
export const requireOwnerConsent = (personalData: 'given' | 'withdrawn' | 'missing'): void => {
  if (personalData !== 'given') throw consentRequired(personalData, currentConsentText('personal-data').version);
};
