import type { CountedApplication, CountedEvent, StageCounterAdds } from './counted-application.ts';
import {
  MOVES_OUT_ATTRIBUTE,
  SECONDS_IN_STAGE_ATTRIBUTE,
  enteredAttribute,
  enteredInQuarterAttribute,
  nowAttribute,
  timeBucketAttribute,
} from './counted-attributes.ts';
import { moscowQuarterOf } from './moscow-quarter.ts';
import { NO_VALUE } from './season-counts.ts';
import { stageEntriesFromHistory, staysFromHistory, type StageStay } from './stage-entries.ts';
import { secondsBetween, timeInStageBucket } from './time-in-stage-bucket.ts';

/**
 * Counting an application. Its `now` and `in` figures are kept under the dimensions (track,
 * region, role) it has NOW: when a draft is submitted and gains its region and track, its entry
 * into the draft stage moves along with it, so a region's or a track's funnel is a cohort whose
 * stages add up, and what the counters hold is a function of the applications as stored, which a
 * rebuild can recompute. A stay is counted under the region the application had when it left the
 * stage (the region is only ever set at submission, as the draft stage is left).
 */
class Tally {
  readonly #items = new Map<string, { region: string; stage: string; adds: Map<string, number> }>();

  add(region: string, stage: string, attribute: string, value: number): void {
    const key = `${region}#${stage}`;
    let item = this.#items.get(key);
    if (item === undefined) {
      item = { region, stage, adds: new Map() };
      this.#items.set(key, item);
    }
    item.adds.set(attribute, (item.adds.get(attribute) ?? 0) + value);
  }

  snapshot(application: CountedApplication, sign: 1 | -1): void {
    const track = application.track?.track ?? NO_VALUE;
    const region = application.region ?? NO_VALUE;
    const role = application.participantRole ?? NO_VALUE;
    this.add(region, application.stage, nowAttribute(track, role), sign);
    for (const [stage, firstAt] of Object.entries(application.stagesEntered ?? {})) {
      this.add(region, stage, enteredAttribute(track, role), sign);
      this.add(region, stage, enteredInQuarterAttribute(moscowQuarterOf(firstAt), track, role), sign);
    }
  }

  stay(region: string, stay: StageStay): void {
    this.add(region, stay.stage, timeBucketAttribute(timeInStageBucket(stay.seconds)), 1);
    this.add(region, stay.stage, MOVES_OUT_ATTRIBUTE, 1);
    this.add(region, stay.stage, SECONDS_IN_STAGE_ATTRIBUTE, stay.seconds);
  }

  result(): readonly StageCounterAdds[] {
    return [...this.#items.values()].flatMap(({ region, stage, adds }) => {
      const nonZero = Object.fromEntries([...adds].filter(([, value]) => value !== 0));
      return Object.keys(nonZero).length === 0 ? [] : [{ region, stage, adds: nonZero }];
    });
  }
}

/**
 * What one write of an application changes: `after` (its entry bookkeeping already updated by
 * enterStage) minus `before` (undefined for a creation), plus the stay in the stage it leaves when
 * the time it entered it is known. A write that changes nothing counted changes nothing.
 */
export const countApplicationChange = (
  before: CountedApplication | undefined,
  after: CountedApplication,
  at: string,
): readonly StageCounterAdds[] => {
  const tally = new Tally();
  if (before !== undefined) tally.snapshot(before, -1);
  tally.snapshot(after, 1);
  if (before !== undefined && before.stage !== after.stage && before.stageEnteredAt !== undefined) {
    tally.stay(after.region ?? NO_VALUE, { stage: before.stage, seconds: secondsBetween(before.stageEnteredAt, at) });
  }
  return tally.result();
};

/**
 * An application's whole contribution, as if counted since its creation: what a rebuild writes
 * into a new generation and what a move migrating an application into one writes. It equals the
 * sum of countApplicationChange over the application's writes (test/unit proves it). Entries come
 * from the bookkeeping where it is kept, else from the history; stays always from the history.
 */
export const countApplication = (application: CountedApplication, history: readonly CountedEvent[]): readonly StageCounterAdds[] => {
  const tally = new Tally();
  const entries = application.stagesEntered === undefined ? stageEntriesFromHistory(application, history) : application;
  tally.snapshot({ ...application, stagesEntered: entries.stagesEntered }, 1);
  for (const stay of staysFromHistory(application, history)) tally.stay(application.region ?? NO_VALUE, stay);
  return tally.result();
};
