import type { RecommendationLetter } from '../recommendation-letter-schema.ts';

/**
 * Mentors' recommendation letters, one per application, as the certificates capability reads
 * them: only a final letter counts, and a final letter never changes.
 */
export interface RecommendationLetters {
  findFinal(applicationId: string): Promise<RecommendationLetter | undefined>;
}

export type LetterWriteOutcome =
  | { readonly written: true; readonly letter: RecommendationLetter }
  | { readonly written: false; readonly currentVersion: number };

/** The letters as mentoring writes them: requested once per application, then drafted and signed off by the mentor. */
export interface RecommendationLetterStore extends RecommendationLetters {
  find(applicationId: string): Promise<RecommendationLetter | undefined>;
  /** Records the request (status `requested`) unless the application has a letter already. */
  request(letter: RecommendationLetter): Promise<'requested' | 'already-requested'>;
  /** The mentor's text at the version read; never over a final letter. */
  save(letter: RecommendationLetter, expectedVersion: number): Promise<LetterWriteOutcome>;
}
