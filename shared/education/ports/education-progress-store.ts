import type { EducationProgress } from '../domain/education-progress.ts';
import type { ProgressEvent } from '../progress-event-schema.ts';

export type ApplyOutcome =
  | { readonly outcome: 'recorded'; readonly progress: EducationProgress }
  | { readonly outcome: 'duplicate' | 'already-recorded' };

export interface EducationProgressStore {
  /**
   * Records an event that passed judgement, in ONE conditional write (no read first): a replayed
   * event id is `duplicate`, a course already recorded by another event `already-recorded`; both
   * change nothing.
   */
  apply(event: ProgressEvent, context: { readonly seasonId: string; readonly at: string }): Promise<ApplyOutcome>;
  find(applicationId: string): Promise<EducationProgress | undefined>;
  /** The progress of many applications in batched reads (100 a request); an application without progress is absent. */
  findMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, EducationProgress>>;
}
