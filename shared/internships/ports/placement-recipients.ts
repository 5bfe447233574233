/** Where an applicant's placement mails go, in their language; absent for someone without a profile. */
export interface PlacementRecipient {
  readonly email: string;
  readonly language: 'ru' | 'en';
}

/**
 * The people a page of placements mails, read together (one batch read of their profiles), and
 * those of them who withdrew consent to personal-data processing (they are neither matched nor mailed).
 */
export interface PlacementRecipients {
  contactsOf(applicantIds: readonly string[]): Promise<ReadonlyMap<string, PlacementRecipient>>;
  processingStopped(applicantIds: readonly string[]): Promise<ReadonlySet<string>>;
}
