import type { LocalisedText } from '../../../platform/errors/app-error.ts';
import { ageAt } from '../age-at.ts';
import type { ConsentRecord } from './consent-record-schema.ts';
import type { ConsentState } from './consent-state.ts';
import { currentConsents } from './current-consents.ts';

export interface ConsentReason {
  readonly code: 'personal-data-consent-missing' | 'personal-data-consent-withdrawn' | 'guardian-consent-missing';
  readonly message: LocalisedText;
}

export interface ConsentStatus {
  readonly personalData: 'given' | 'withdrawn' | 'missing';
  readonly guardian: 'given' | 'missing' | 'not-required';
  /** Whether the person's data may be processed at all (consent given and not withdrawn). */
  readonly mayProcess: boolean;
  /** Whether an application may be submitted: consent given and, for a minor, a guardian's too. */
  readonly maySubmit: boolean;
  /** Why not, when either is false; empty otherwise. */
  readonly reasons: readonly ConsentReason[];
}

export interface ConsentContext {
  /** The applicant's birth date (`YYYY-MM-DD`). */
  readonly birthDate: string;
  /** The season's reference date, on which age is taken. */
  readonly referenceDate: string;
  /** From the programme's eligibility; below this age a guardian must consent (absent or 0: never). */
  readonly guardianConsentBelowAge: number | undefined;
}

const reasonFor = {
  missing: (): ConsentReason => ({
    code: 'personal-data-consent-missing',
    message: { ru: 'Нет согласия на обработку персональных данных.', en: 'No consent to the processing of personal data has been given.' },
  }),
  withdrawn: (): ConsentReason => ({
    code: 'personal-data-consent-withdrawn',
    message: {
      ru: 'Согласие на обработку персональных данных отозвано: заявки не обрабатываются.',
      en: 'Consent to the processing of personal data was withdrawn: applications are not processed.',
    },
  }),
  guardian: (age: number, belowAge: number, referenceDate: string): ConsentReason => ({
    code: 'guardian-consent-missing',
    message: {
      ru: `Возраст участника на ${referenceDate}: ${age} (младше ${belowAge}), нужно согласие законного представителя.`,
      en: `On ${referenceDate} the applicant is ${age} (under ${belowAge}): a guardian’s consent is needed.`,
    },
  }),
};

type InForce = Pick<ConsentState, 'personalData' | 'guardianConsentGiven'>;

/** The history, or the state projected from it (one GetItem instead of a Query). */
const inForce = (consents: readonly ConsentRecord[] | InForce): InForce => {
  if ('personalData' in consents) return consents;
  const current = currentConsents(consents);
  return { personalData: current.personalData, guardianConsentGiven: current.guardianConsent !== undefined };
};

/**
 * The consent state of one applicant for one season. The applications capability asks it at
 * submission (an applicant under the programme's guardian age on the season's reference date is
 * held until a guardian consents) and before processing (a withdrawal stops it).
 */
export const consentStatus = (consents: readonly ConsentRecord[] | InForce, context: ConsentContext): ConsentStatus => {
  const current = inForce(consents);
  const belowAge = context.guardianConsentBelowAge ?? 0;
  const age = ageAt(context.birthDate, context.referenceDate);
  const guardianRequired = age < belowAge;
  const guardian = !guardianRequired ? 'not-required' : current.guardianConsentGiven ? 'given' : 'missing';
  const reasons: ConsentReason[] = [];
  if (current.personalData !== 'given') reasons.push(reasonFor[current.personalData]());
  if (guardian === 'missing') reasons.push(reasonFor.guardian(age, belowAge, context.referenceDate.slice(0, 10)));
  const mayProcess = current.personalData === 'given';
  return { personalData: current.personalData, guardian, mayProcess, maySubmit: mayProcess && guardian !== 'missing', reasons };
};
