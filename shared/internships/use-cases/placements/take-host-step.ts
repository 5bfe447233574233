import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../../platform/errors/common-errors.ts';
import { evaluationProblems, evaluationRubricFor, weightedEvaluation } from '../../domain/placements/evaluate-placement.ts';
import { placementMoveTarget } from '../../domain/placements/placement-move.ts';
import { decideStep, type HostStep } from '../../domain/placements/placement-steps.ts';
import { evaluationInvalid, placementStepNotAllowed } from '../../placement-errors.ts';
import type { Placement } from '../../placement-schema.ts';
import { toPlacementView, type PlacementView } from '../../placement-view.ts';
import type { PlacementMoveOutcome } from '../../ports/placement-moves.ts';
import type { KpiCounter } from '../../ports/placement-store.ts';
import { runPlacement } from './placement-access.ts';
import { mailsForStep } from './placement-mails.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

export type HostStepInput =
  | { readonly step: 'start'; readonly version: number }
  | {
      readonly step: 'complete';
      readonly version: number;
      readonly scores: Readonly<Record<string, number>>;
      readonly attendanceDays: number;
      readonly report: string;
    }
  | { readonly step: 'end-early'; readonly version: number; readonly reason: string };

const KPI: Readonly<Partial<Record<HostStep, KpiCounter>>> = { start: 'started', complete: 'completed' };

/**
 * The host's people (or staff) mark an accepted placement started, a started one completed with
 * the host's evaluation (the programme's rubric for the stage, days attended, a short report), or
 * either ended early with a reason. Starting and completing add one to the season's internship
 * figures in the step's own transaction, which also queues the applicant's mail about it. Then the
 * application moves where the pipeline says for that step and actor (placement-move.ts: ПроКадры's
 * internship stages go on to the closing event on completion), through progression's transition machinery like any move; the answer says
 * whether a move started, or why the pipeline refused it (the step stands either way).
 */
export const takeHostStep = async (
  deps: PlacementDependencies,
  identity: Identity,
  target: { readonly applicationId: string; readonly placementId: string },
  input: HostStepInput,
): Promise<{ readonly placement: PlacementView; readonly move?: PlacementMoveOutcome }> => {
  const { placement, as } = await runPlacement(deps, identity, target);
  const now = deps.clock();
  if (placement.version !== input.version) throw versionConflict(placement.version);
  const decision = decideStep(placement, input.step, now);
  if (!decision.allowed) throw placementStepNotAllowed(input.step, decision.from);
  const [programme, season, offers] = await Promise.all([
    deps.programmes.find(placement.programmeId),
    deps.seasons.find(placement.seasonId),
    deps.offers.factsOf(placement.seasonId, [placement.offerId]),
  ]);
  if (programme === undefined || season === undefined) throw notFound('placement');
  const offer = offers.get(placement.offerId);
  const at = now.toISOString();
  let details: Partial<Placement> = {};
  if (input.step === 'start') details = { startedAt: at };
  if (input.step === 'end-early') details = { finishedAt: at, endedEarlyReason: input.reason };
  if (input.step === 'complete') {
    const rubric = evaluationRubricFor(programme.settings.reviewRubrics, placement.stage);
    const problems = evaluationProblems(rubric, input.scores);
    if (problems.length > 0) throw evaluationInvalid(problems);
    details = {
      finishedAt: at,
      evaluation: {
        ...(rubric === undefined ? {} : { rubricId: rubric.id, weightedScore: weightedEvaluation(rubric, input.scores) }),
        scores: { ...input.scores },
        attendanceDays: input.attendanceDays,
        report: input.report,
        evaluatedBy: as.by,
        evaluatedAt: at,
      },
    };
  }
  const next: Placement = {
    ...placement,
    ...details,
    status: decision.to,
    history: [...placement.history, { at, status: decision.to, by: as.by }],
    version: placement.version + 1,
  };
  const mails = await mailsForStep(deps, placement, decision.to, { programme, season, offer });
  const outcome = await deps.placements.step(placement, next, { kpi: KPI[input.step], now: at, mails });
  if (!outcome.written)
    throw versionConflict((await deps.placements.find(placement.applicationId, placement.id))?.version ?? placement.version);
  const view = toPlacementView(outcome.placement, offer, now);
  const to = placementMoveTarget(programme.settings.pipeline, placement.stage, input.step, as.actor);
  if (to === undefined) return { placement: view };
  const move = await deps.moves.move({
    applicationId: placement.applicationId,
    to,
    actor: as.actor,
    actorId: identity.subject,
    reason: `placement ${input.step}: ${placement.offerId}`,
  });
  return { placement: view, move };
};
