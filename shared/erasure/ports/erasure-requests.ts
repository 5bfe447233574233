import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { ErasedCounts, ErasureStep } from '../domain/erasure-steps.ts';
import type { StoredErasureRequest } from '../erasure-schema.ts';

export type OpenOutcome =
  | { readonly outcome: 'opened'; readonly request: StoredErasureRequest }
  | { readonly outcome: 'existing'; readonly request: StoredErasureRequest };

/** What one step of an erasure leaves on its request: counts, and what the step found or dropped. */
export interface StepRecord {
  readonly step: ErasureStep;
  readonly removed: ErasedCounts;
  readonly inventory?: StoredErasureRequest['inventory'];
  /** The receipt is queued: the address goes from the request. */
  readonly dropEmail?: boolean;
}

/** Erasure requests: the one per person, the eraser's list of open ones, each one's checkpoint and, at the end, its audit. */
export interface ErasureRequests {
  /** The deployment's salt of subjects' digests, made once. */
  salt(): Promise<string>;
  /** Opens the request unless the digest already has one: then answers that one (open or completed). */
  open(request: StoredErasureRequest): Promise<OpenOutcome>;
  find(requestId: string): Promise<StoredErasureRequest | undefined>;
  /** Every request, newest first (a few a day). */
  list(page: PageRequest): Promise<Page<StoredErasureRequest>>;
  /** Requests not completed yet, oldest first. */
  unfinished(): Promise<readonly string[]>;
  /** Records a finished step; refused (undefined) when the request moved on meanwhile (another eraser did the step). */
  recordStep(request: StoredErasureRequest, record: StepRecord): Promise<StoredErasureRequest | undefined>;
  /** The last write: completed, the subject gone, off the open list. */
  complete(request: StoredErasureRequest, at: Date): Promise<StoredErasureRequest | undefined>;
}
