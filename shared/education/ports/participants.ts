import type { Application } from '../../applications/application-schema.ts';

/** The applications a batch of events names, read together (one batched read, not one per event). */
export interface Participants {
  findMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, Application>>;
}
