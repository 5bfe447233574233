/** A mentor's recommendation letter once signed off: it never changes again. */
export interface FinalLetter {
  readonly applicationId: string;
  readonly text: string;
  /** The language the mentor wrote it in. */
  readonly language: 'ru' | 'en';
  readonly mentorName: string;
  readonly finalisedAt: string;
}

/**
 * Mentors' recommendation letters, which the mentoring module keeps and the certificates module
 * prints: the function's wiring plugs mentoring's store in.
 */
export interface FinalLetters {
  find(applicationId: string): Promise<FinalLetter | undefined>;
  /** Of these applications, those with a final letter: one batch read for a page of certificates. */
  finalAmong(applicationIds: readonly string[]): Promise<ReadonlySet<string>>;
}
