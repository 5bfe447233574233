/**
 * Whether a person's consent to personal-data processing is in force (152-FZ): nothing new of
 * theirs is stored without it, documents included. Kept by the applicants' consent records; one
 * point read of the person's consent state, read live (a renewed consent resumes uploads).
 */
export interface ProcessingConsent {
  /** `given` while in force; `withdrawn` after a withdrawal; `missing` when never given. */
  personalData(applicantId: string): Promise<'given' | 'withdrawn' | 'missing'>;
}
