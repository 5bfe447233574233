import type { Pipeline } from '../../../catalogue/domain/config/pipeline-schema.ts';

/**
 * The rubric whose score a matching run of `stage` orders candidates by where a host takes
 * candidates it did not rank: the programme's own judgement of who reached the stage best, read
 * from the pipeline rather than named anywhere, as the rubric of the `rubricScore` guard on the
 * transition into the stage (ПроКадры: the ministry's interview for the federal internship, the
 * experts' interview for the regional one). The first such guard in the pipeline's order; none
 * (a stage nobody reaches on a score, such as Кадры будущего's project work) leaves the order to
 * the run's seed alone.
 */
export const tieBreakRubricOf = (pipeline: Pick<Pipeline, 'transitions'>, stage: string): string | undefined => {
  for (const transition of pipeline.transitions) {
    if (transition.to !== stage) continue;
    const guard = transition.guards?.find((candidate) => candidate.kind === 'rubricScore');
    if (guard?.kind === 'rubricScore') return guard.rubric;
  }
  return undefined;
};

/**
 * The applicants in the order a host that takes unranked candidates places them, best first: by
 * their score on the tie-break rubric, highest first, equal scores in the order of `tieOrder` (the
 * engine's seeded hash, so ties fall as they would without scores). Unscored applicants are left
 * out: the engine places anyone missing from the order after everyone in it.
 */
export const scoreOrder = (
  applicants: readonly { readonly applicationId: string; readonly score?: number | undefined }[],
  tieOrder: (applicationId: string) => number,
): string[] =>
  applicants
    .flatMap((applicant) => (applicant.score === undefined ? [] : [{ id: applicant.applicationId, score: applicant.score }]))
    .sort((left, right) => right.score - left.score || tieOrder(left.id) - tieOrder(right.id) || (left.id < right.id ? -1 : 1))
    .map((applicant) => applicant.id);
