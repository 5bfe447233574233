import type { CountedApplication, CountedEvent } from './counted-application.ts';
import { secondsBetween } from './time-in-stage-bucket.ts';

export interface StageEntries {
  readonly stagesEntered?: Readonly<Record<string, string>> | undefined;
  readonly stageEnteredAt?: string | undefined;
}

/**
 * The entry bookkeeping of an application after a write at `at` that leaves it in `stage`: a stage
 * it enters for the first time joins `stagesEntered` with `at`; re-entering keeps the first time.
 * An application stored before counting began has no `stagesEntered`, and gets none here (a partial
 * record would count as the whole); a rebuild fills it from the history.
 */
export const enterStage = (before: CountedApplication | undefined, stage: string, at: string): StageEntries => {
  if (before === undefined) return { stagesEntered: { [stage]: at }, stageEnteredAt: at };
  if (before.stage === stage) return { stagesEntered: before.stagesEntered, stageEnteredAt: before.stageEnteredAt };
  const stagesEntered = before.stagesEntered === undefined ? undefined : { [stage]: at, ...before.stagesEntered };
  return { stagesEntered, stageEnteredAt: at };
};

export interface StageStay {
  readonly stage: string;
  readonly seconds: number;
}

interface Walk {
  readonly stagesEntered: Record<string, string>;
  readonly stays: StageStay[];
  readonly current: { readonly stage: string; readonly at: string } | undefined;
}

/** The moves of a history in order: where the application went and when, and how long each stay lasted. */
const walkHistory = (application: Pick<CountedApplication, 'createdAt'>, history: readonly CountedEvent[]): Walk => {
  const stagesEntered: Record<string, string> = {};
  const stays: StageStay[] = [];
  let current: { stage: string; at: string } | undefined;
  for (const event of [...history].sort((a, b) => a.version - b.version)) {
    if (event.toStage === undefined) continue;
    if (current === undefined && event.fromStage !== undefined && event.fromStage !== event.toStage) {
      // A history without its `created` event: the first move leaves the stage the application was created in.
      current = { stage: event.fromStage, at: application.createdAt };
      stagesEntered[event.fromStage] ??= application.createdAt;
    }
    if (current?.stage === event.toStage) continue;
    if (current !== undefined) stays.push({ stage: current.stage, seconds: secondsBetween(current.at, event.at) });
    current = { stage: event.toStage, at: event.at };
    stagesEntered[event.toStage] ??= event.at;
  }
  return { stagesEntered, stays, current };
};

/** The entry bookkeeping an application's history implies (for applications stored before counting began). */
export const stageEntriesFromHistory = (application: CountedApplication, history: readonly CountedEvent[]): StageEntries => {
  const walk = walkHistory(application, history);
  const enteredCurrent = walk.current?.stage === application.stage ? walk.current.at : undefined;
  return {
    stagesEntered: { [application.stage]: enteredCurrent ?? application.createdAt, ...walk.stagesEntered },
    stageEnteredAt: enteredCurrent,
  };
};

/** Every finished stay of the history: a stage left, and the whole seconds spent in it. */
export const staysFromHistory = (application: CountedApplication, history: readonly CountedEvent[]): readonly StageStay[] =>
  walkHistory(application, history).stays;
