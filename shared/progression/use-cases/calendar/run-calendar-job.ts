import type { CalendarJob, CalendarJobResult } from '../../calendar-job-schema.ts';
import type { GateDependencies } from '../gates/gate-dependencies.ts';
import { calendarGateRunId } from '../../domain/calendar-gate-run-id.ts';
import { resumeGateRun } from '../gates/resume-gate-run.ts';
import { startGateRun, type GateRunRequest } from '../gates/start-gate-run.ts';

export type CalendarJobVerdict = { readonly status: 'done' | 'pending' } & CalendarJobResult;

type Deps = Pick<GateDependencies, 'programmes' | 'seasons' | 'gateRuns' | 'workflows' | 'clock' | 'newId'>;

const requestFor = (job: CalendarJob, runId: string): GateRunRequest => {
  const common = { actor: 'system', startedBy: `calendar:${job.id}`, runId } as const;
  if (job.kind === 'gate') {
    if (job.to === undefined) throw new Error(`Calendar job ${job.id} is a gate without a target stage`);
    return { ...common, from: job.stage, to: job.to };
  }
  if (job.hoursBefore === undefined) throw new Error(`Calendar job ${job.id} is a reminder without its offset`);
  return {
    ...common,
    from: job.stage,
    to: job.stage,
    action: 'remind',
    reminder: { closesAt: job.closesAt, hoursBefore: job.hoursBefore },
  };
};

/**
 * One claimed calendar job: start its run (a gate, or a reminder run of the cohortGate machine) as
 * the platform (`system`), through the same path staff use minus the staff check. The verdict says
 * whether the job is done for good (started, or refused by the pipeline, or its season is over) or
 * goes back to pending for a later tick (the gate is busy with another run; a fault).
 */
export const runCalendarJob = async (deps: Deps, job: CalendarJob): Promise<CalendarJobVerdict> => {
  const season = await deps.seasons.find(job.seasonId);
  if (season === undefined || season.status === 'closed') return { status: 'done', outcome: 'skipped', detail: 'season-closed' };
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error('A season refers to a programme that does not exist');

  const runId = calendarGateRunId(job.seasonId, job.id);
  const existing = await deps.gateRuns.find(job.seasonId, runId);
  if (existing !== undefined) {
    // Started by an earlier claim. Failed already: only if its execution never started (a failed
    // StartExecution ends the run at once); resuming it is what a tick that had seen it would do.
    if (existing.status === 'failed') {
      const resumed = await resumeGateRun(deps, existing);
      if (resumed.outcome === 'busy') return { status: 'pending', outcome: 'gate-busy', detail: `run ${resumed.runningRunId}` };
    }
    return { status: 'done', outcome: 'started', gateRunId: runId };
  }

  const started = await startGateRun(deps, season, programme, requestFor(job, runId));
  if (started.outcome === 'refused') return { status: 'done', outcome: 'refused', detail: started.refusal.code };
  if (started.outcome === 'busy') return { status: 'pending', outcome: 'gate-busy', detail: `run ${started.runningRunId}` };
  return { status: 'done', outcome: 'started', gateRunId: started.gateRunId };
};
