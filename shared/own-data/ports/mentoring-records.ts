import type { Identity } from '../../platform/auth/identity.ts';
import type { MenteeLetterView } from '../../mentoring/recommendation-letter-schema.ts';
import type { MenteePairView } from '../../mentoring/mentoring-pair-schema.ts';
import type { MentoringSession } from '../../mentoring/mentoring-session-schema.ts';

/** An application's mentoring as its mentee sees it: the pair, the sessions logged, the recommendation letter. */
export interface MentoringRecords {
  ofApplication(
    identity: Identity,
    applicationId: string,
  ): Promise<{
    readonly pair: MenteePairView | undefined;
    readonly sessions: readonly MentoringSession[];
    readonly letter: MenteeLetterView | undefined;
  }>;
}
