import type { Pipeline } from '../../catalogue/domain/config/pipeline-schema.ts';
import type { MentoringStages } from '../../catalogue/domain/config/mentoring-schema.ts';
import type { MentoringPair, PairEnding, PairEndingCause, PairStatus } from '../mentoring-pair-schema.ts';

type EndableStatus = PairEnding['from'];

/** The pairs staff may end: those still under way. A completed pair is the mentee's achievement, a declined one is already free. */
export const isEndable = (status: PairStatus): status is EndableStatus =>
  status === 'proposed' || status === 'agreed' || status === 'active';

/** Causes on the mentor's side: the mentee did nothing wrong and waits for another mentor. */
export const isMentorsCause = (cause: PairEndingCause): boolean => cause === 'mentor-unresponsive' || cause === 'mentor-withdrew';

/**
 * Whether the pair's end keeps its mentor from this mentee for good: they declined the project, or
 * staff ended the pair. A pair's id follows from its mentee and mentor, so a pair once ended stays
 * ended, and matching never proposes the two again.
 */
export const keepsMentorAway = (pair: MentoringPair): boolean => pair.status === 'declined-by-mentor' || pair.status === 'ended-by-staff';

/**
 * Whether a mentee whose mentor dropped out goes back to the agreement stage to wait for another:
 * from the invitation or the session stage, where the pipeline lets staff move them so; not needed
 * where they still wait there (a proposal the mentor never answered) or have left the pairing stages.
 */
export const wayBackToAgreement = (
  pipeline: Pick<Pipeline, 'transitions'>,
  stages: MentoringStages,
  stage: string,
): 'not-needed' | 'allowed' | 'not-allowed' => {
  if (stage !== stages.invitation && stage !== stages.session) return 'not-needed';
  const allowed = pipeline.transitions.some(
    (transition) => transition.from.includes(stage) && transition.to === stages.agreement && transition.by.includes('staff'),
  );
  return allowed ? 'allowed' : 'not-allowed';
};

/** The pair as its mentor reads it: staff's note on why they ended it stays with staff. */
export const pairForMentor = (pair: MentoringPair): MentoringPair => {
  if (pair.ending?.note === undefined) return pair;
  const { note: _staffOnly, ...ending } = pair.ending;
  return { ...pair, ending };
};
