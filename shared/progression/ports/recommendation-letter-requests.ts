import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';

/** `no-mentor-pair`: the application has no mentor who agreed to take it, so nobody to ask. */
export type LetterRequestOutcome = 'requested' | 'already-requested' | 'no-mentor-pair';

/**
 * The `requestRecommendationLetter` effect: the application's mentor is asked for a letter, once
 * per application. The mentoring capability owns pairs and letters; the function's wiring plugs
 * its use case in.
 */
export interface RecommendationLetterRequests {
  request(context: {
    readonly applicationId: string;
    readonly programme: Programme;
    readonly season: Season;
  }): Promise<LetterRequestOutcome>;
}
