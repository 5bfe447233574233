import type { MatchingApplicant, MatchingOffer } from '../matching-outcome-schema.ts';

/** A page of a matching run's inputs and where the next one starts (absent after the last). */
export interface InputPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | undefined;
}

export interface InputPageRequest {
  readonly seasonId: string;
  readonly stage: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/**
 * What a matching run reads, page by page, from the internships' records: the applications now at
 * the stage, each with the offers it ranked there (none: an empty list), and the approved offers
 * of the levels the stage takes, each with its seats left and its host's ranking. Cursors are the
 * adapter's own; a run keeps them as its checkpoint.
 */
export interface MatchingInputs {
  applicants(request: InputPageRequest): Promise<InputPage<MatchingApplicant>>;
  /** `levels`: the internship levels the stage takes offers of (the programme's `internships.offerStages`). */
  offers(request: InputPageRequest & { readonly levels: readonly string[] }): Promise<InputPage<MatchingOffer>>;
}
