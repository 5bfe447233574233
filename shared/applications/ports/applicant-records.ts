import type { ApplicantFacts } from '../../catalogue/domain/config/applicant-facts.ts';

/**
 * What the applications capability needs to know about a person, from their profile and consents
 * (kept by the profile/consent part of the capability, shared/applicants). Narrow on purpose:
 * submission reads exactly these facts, and nothing else of the profile reaches an application.
 */
export interface ApplicantRecord {
  /** ISO date. */
  readonly birthDate: string;
  /** ISO 3166-1 alpha-2 codes the person holds. */
  readonly citizenship: readonly string[];
  /** Subject-of-the-federation code (two digits). */
  readonly region: string;
  readonly language: 'ru' | 'en';
  /** Where the receipt goes; never logged. */
  readonly email: string | undefined;
  /** The named facts track rules test, for the season's reference date and the application's choices. */
  readonly facts: ApplicantFacts;
  readonly consent: {
    /** Consent to personal-data processing is given and not withdrawn. */
    readonly personalData: boolean;
    /** A guardian's consent is on record (needed below the programme's guardianConsentBelowAge). */
    readonly guardian: boolean;
  };
}

export interface ApplicantContext {
  readonly referenceDate: string;
  readonly guardianConsentBelowAge: number;
  readonly participantRole?: string | undefined;
  readonly preferredInternshipLevel?: string | undefined;
}

export interface NewDraftFacts {
  /** Consent to personal-data processing: in force (`given`), never given, or withdrawn. */
  readonly personalData: 'given' | 'withdrawn' | 'missing';
  /** From the profile; undefined when there is none yet. */
  readonly language: 'ru' | 'en' | undefined;
}

export interface ApplicantRecords {
  /** Undefined when the person has no profile yet. */
  find(applicantId: string, context: ApplicantContext): Promise<ApplicantRecord | undefined>;
  /**
   * What starting a draft needs of the person, in one read: whether their consent to personal-data
   * processing is in force (no draft is stored otherwise) and the language they chose in their
   * profile, if they have one.
   */
  forNewDraft(applicantId: string): Promise<NewDraftFacts>;
  /**
   * Of these people, those who withdrew consent to personal-data processing: their applications
   * keep their place but are no longer processed (read live, so a renewed consent resumes it).
   */
  processingStopped(applicantIds: readonly string[]): Promise<ReadonlySet<string>>;
}
