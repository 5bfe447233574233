import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { TransientError } from '../../../platform/workflow/transient-error.ts';
import type { GatePageCounts, GateRun, ShardProgress } from '../../gate-run-schema.ts';
import type { TransitionRequest } from '../../ports/transition-request.ts';
import { completeGateMove } from './complete-gate-move.ts';
import { processReminderPage } from '../reminders/process-reminder-page.ts';
import type { GateDependencies } from './gate-dependencies.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../../platform/workflow/settle-in-parallel.ts';
import { shardTotal } from './shard-total.ts';
import { validateTransition, type Validated } from '../transitions/validate-transition.ts';

/** Applications per page: one Query, one checkpoint write and one state transition pair per page. */
export const GATE_PAGE_SIZE = 100;
/** Applications of a page worked on at once inside the task. */
const AT_ONCE = 10;

/** Where a Map iteration of the cohortGate machine stands: its shard and the last page whose moves completed. */
export interface GatePosition {
  readonly gateRunId: string;
  readonly seasonId: string;
  readonly shard: number;
  /** The latest page of this shard whose moves and effects completed in this execution (-1: none yet). */
  readonly settledPage: number;
}

export type GatePageDependencies = Omit<GateDependencies, 'workflows' | 'newId'>;

/** Every application of a page has the same programme and season: read them once, not per application. */
const withCatalogue = async (deps: GatePageDependencies, run: GateRun): Promise<GatePageDependencies> => {
  const [programme, season] = await Promise.all([deps.programmes.find(run.programmeId), deps.seasons.find(run.seasonId)]);
  if (programme === undefined || season === undefined) throw new Error('A gate run refers to a programme or season that does not exist');
  return {
    ...deps,
    programmes: {
      find: async (id: string): Promise<Programme | undefined> => (id === programme.id ? programme : deps.programmes.find(id)),
    },
    seasons: { find: async (id: string): Promise<Season | undefined> => (id === season.id ? season : deps.seasons.find(id)) },
  };
};

/** The gate's move of one application, as whoever started the run (a staff member, or the season calendar as `system`), named in its history. */
const requestFor = (run: GateRun, applicationId: string): TransitionRequest => ({
  applicationId,
  from: run.from,
  to: run.to,
  actor: run.actor ?? 'staff',
  actorId: run.startedBy,
  reason: `Cohort gate run ${run.id}`,
});

const countsOf = (decisions: readonly Validated[]): GatePageCounts => {
  const skippedReasons: Record<string, number> = {};
  for (const decision of decisions)
    if (decision.outcome === 'refused') skippedReasons[decision.code] = (skippedReasons[decision.code] ?? 0) + 1;
  const moved = decisions.filter((decision) => decision.outcome === 'proceed').length;
  const skipped = decisions.filter((decision) => decision.outcome === 'refused').length;
  return { seen: decisions.length, moved, skipped, alreadyMoved: decisions.length - moved - skipped, skippedReasons };
};

/**
 * The cohortGate machine's ProcessPage task: ONE page of one shard of the stage index. (A `remind`
 * run's page queues reminders instead: process-reminder-page.ts.)
 * 1. If the shard's last checkpoint is newer than what this execution saw complete (a retry after
 *    a crash or a failed effect, or a resumed run), finish that page's moves first.
 * 2. Query the next page from the checkpoint and decide every application (the transition's own
 *    Validate: the domain's decision on a strongly consistent read).
 * 3. ONE conditional write: the shard's new checkpoint, the applications to move (`owed`) and the
 *    page's counts (on the shard's first page, with the shard's total in the stage). `moved` counts the moves decided here; a concurrent move of the same
 *    application in the instant between is the only way the count can exceed the writes.
 * 4. Apply and run the effects of each move; a failure is thrown once every move was tried, so the
 *    state's Retry (or a resume) repeats only what did not happen: step 1 finds them owed.
 */
export const processGatePage = async (
  deps: GatePageDependencies,
  position: GatePosition,
  pageSize: number = GATE_PAGE_SIZE,
): Promise<{ readonly settledPage: number; readonly done: boolean }> => {
  const run = await deps.gateRuns.find(position.seasonId, position.gateRunId);
  if (run === undefined) throw new Error('The run of a running gate is gone');
  const progress = run.shards[position.shard];
  if (progress === undefined) throw new Error(`The gate run has no shard ${position.shard}`);
  if (run.action === 'remind') {
    const [programme, season] = await Promise.all([deps.programmes.find(run.programmeId), deps.seasons.find(run.seasonId)]);
    if (programme === undefined || season === undefined) throw new Error('A gate run refers to a programme or season that does not exist');
    return processReminderPage(deps, run, { programme, season }, position.shard, progress, pageSize);
  }
  const pageDeps = await withCatalogue(deps, run);

  if (progress.page > position.settledPage && progress.owed.length > 0) {
    const owedDeps = { ...pageDeps, shortlist: deps.shortlist.forPage(run.seasonId, progress.owed) };
    valuesOrFirstFailure(
      await settleInParallel(progress.owed, AT_ONCE, (applicationId) => completeGateMove(owedDeps, requestFor(run, applicationId))),
    );
  }
  if (progress.done) return { settledPage: progress.page, done: true };

  const [page, counted] = await Promise.all([
    deps.stagePages.page({ seasonId: run.seasonId, shard: position.shard, stage: run.from, after: progress.after, limit: pageSize }),
    shardTotal(deps, run, position.shard, progress),
  ]);
  // The shortlist guard of the whole page: one catalogue read and one batched progress read, not two reads per application.
  const decideDeps = { ...pageDeps, shortlist: deps.shortlist.forPage(run.seasonId, page.applicationIds) };
  const decisions = valuesOrFirstFailure(
    await settleInParallel(page.applicationIds, AT_ONCE, (applicationId) => validateTransition(decideDeps, requestFor(run, applicationId))),
  );
  const moves = page.applicationIds.flatMap((applicationId, index) => {
    const decision = decisions[index];
    return decision?.outcome === 'proceed' ? [{ applicationId, version: decision.version, effects: decision.effects }] : [];
  });
  const next: ShardProgress = {
    page: progress.page + 1,
    done: page.lastSortKey === undefined,
    ...(page.lastSortKey === undefined ? {} : { after: page.lastSortKey }),
    owed: moves.map((move) => move.applicationId),
  };
  const written = await deps.gateRuns.checkpoint(
    run,
    position.shard,
    progress.page,
    next,
    { ...countsOf(decisions), counted },
    deps.clock().toISOString(),
  );
  if (written === 'moved-on') throw new TransientError(`Another execution advanced shard ${position.shard} of gate run ${run.id}`);

  valuesOrFirstFailure(
    await settleInParallel(moves, AT_ONCE, (move) => completeGateMove(pageDeps, requestFor(run, move.applicationId), move)),
  );
  return { settledPage: next.page, done: next.done };
};
