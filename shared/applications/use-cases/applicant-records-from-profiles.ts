import { applicantFacts } from '../../applicants/domain/applicant-facts.ts';
import { consentStatus } from '../../applicants/domain/consents/consent-status.ts';
import type { ConsentRepository } from '../../applicants/ports/consent-repository.ts';
import type { ProfileAndConsentReader } from '../../applicants/ports/profile-and-consent-reader.ts';
import type { ApplicantContext, ApplicantRecord, ApplicantRecords, NewDraftFacts } from '../ports/applicant-records.ts';

/**
 * The applications' view of a person, read from their profile and the consent state kept next to
 * their consent history (the profile/consent part of the capability owns both): one BatchGetItem
 * of both for submission and for a new draft (its consent check and language), one BatchGetItem of
 * consent states for a page of applications.
 */
export class ApplicantRecordsFromProfiles implements ApplicantRecords {
  readonly #consents: Pick<ConsentRepository, 'states'>;
  readonly #profileAndConsent: ProfileAndConsentReader;

  constructor(consents: Pick<ConsentRepository, 'states'>, profileAndConsent: ProfileAndConsentReader) {
    this.#consents = consents;
    this.#profileAndConsent = profileAndConsent;
  }

  async find(applicantId: string, context: ApplicantContext): Promise<ApplicantRecord | undefined> {
    const { profile, consentState: state } = await this.#profileAndConsent.read(applicantId);
    if (profile === undefined) return undefined;
    const status = consentStatus(state ?? { personalData: 'missing', guardianConsentGiven: false }, {
      birthDate: profile.birthDate,
      referenceDate: context.referenceDate,
      guardianConsentBelowAge: context.guardianConsentBelowAge,
    });
    return {
      birthDate: profile.birthDate,
      citizenship: profile.citizenship,
      region: profile.region,
      language: profile.preferredLanguage,
      email: profile.contacts.email,
      facts: applicantFacts(profile, context),
      consent: { personalData: status.personalData === 'given', guardian: status.guardian !== 'missing' },
    };
  }

  /** The same one BatchGetItem of profile and consent state as submission's (two point reads, one request). */
  async forNewDraft(applicantId: string): Promise<NewDraftFacts> {
    const { profile, consentState } = await this.#profileAndConsent.read(applicantId);
    return { personalData: consentState?.personalData ?? 'missing', language: profile?.preferredLanguage };
  }

  async processingStopped(applicantIds: readonly string[]): Promise<ReadonlySet<string>> {
    if (applicantIds.length === 0) return new Set();
    const states = await this.#consents.states([...new Set(applicantIds)]);
    return new Set([...states].filter(([, state]) => state.personalData === 'withdrawn').map(([applicantId]) => applicantId));
  }
}
