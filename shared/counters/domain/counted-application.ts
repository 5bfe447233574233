/**
 * What counting reads of an application: its stage, the dimensions it is counted under and when it
 * entered its stages. Structural, so the counters (below every module) need not know the
 * applications' schema; an application is one.
 */
export interface CountedApplication {
  readonly stage: string;
  readonly track?: { readonly track: string } | undefined;
  /** Subject-of-the-federation code; a draft has none until submission copies it from the profile. */
  readonly region?: string | undefined;
  readonly participantRole?: string | undefined;
  readonly createdAt: string;
  /** When it first entered each stage it has been in; absent on applications stored before counting began. */
  readonly stagesEntered?: Readonly<Record<string, string>> | undefined;
  /** When it entered its current stage; absent when unknown. */
  readonly stageEnteredAt?: string | undefined;
}

/** What counting reads of a history event: the moves (events with a `toStage`) in the order of `version`. */
export interface CountedEvent {
  readonly at: string;
  readonly version: number;
  readonly fromStage?: string | undefined;
  readonly toStage?: string | undefined;
}

/** The adds of one stage counter item (one per shard, generation, region and stage). */
export interface StageCounterAdds {
  readonly region: string;
  readonly stage: string;
  /** Attribute name (counted-attributes.ts) -> the number to ADD; never zero. */
  readonly adds: Readonly<Record<string, number>>;
}
