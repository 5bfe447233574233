import { ageAt } from '../../../applicants/domain/age-at.ts';
import type { ConsentState } from '../../../applicants/domain/consents/consent-state.ts';
import type { PersonName } from '../../../applicants/domain/profile/person-name-schema.ts';

/** What decides whether a host organisation's mail may name an applicant: their name, birth date and the consent in force. */
export interface HostMailSubject {
  readonly name: PersonName;
  readonly birthDate: string;
  readonly consent: Pick<ConsentState, 'personalData' | 'guardianConsentGiven' | 'dataSharingHost'> | undefined;
}

/**
 * The applicant's full name for a mail to the organisation hosting their internship, only where
 * they consented to share their name with the host (the `host` data-sharing consent naming
 * `name`, resting on the consent to processing) and, below the programme's guardian age, a
 * guardian consented too: the rule a release to the host follows. Otherwise undefined, and the
 * mail names the application by its number only.
 */
export const nameForHost = (
  subject: HostMailSubject | undefined,
  rules: { readonly guardianConsentBelowAge: number | undefined; readonly referenceDate: string },
): string | undefined => {
  const grant = subject?.consent?.personalData === 'given' ? subject.consent.dataSharingHost : undefined;
  if (subject === undefined || grant === undefined || !grant.fields.includes('name')) return undefined;
  const minor = ageAt(subject.birthDate, rules.referenceDate) < (rules.guardianConsentBelowAge ?? 0);
  if (minor && subject.consent?.guardianConsentGiven !== true) return undefined;
  const { last, first, patronymic } = subject.name;
  return [last, first, ...(patronymic === undefined ? [] : [patronymic])].join(' ');
};
