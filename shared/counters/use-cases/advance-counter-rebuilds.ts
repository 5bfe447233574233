import type { CounterRebuilds } from '../ports/counter-rebuilds.ts';

export interface RebuilderReport {
  readonly advanced: number;
  readonly completed: number;
}

/**
 * One run of the schedule's rebuilder (under its lease): every running rebuild advances a page at a
 * time until `deadline`; what is left waits for the next run, from its checkpoint.
 */
export const advanceCounterRebuilds = async (
  deps: { readonly rebuilds: CounterRebuilds; readonly now: () => number },
  deadline: number,
): Promise<RebuilderReport> => {
  let advanced = 0;
  let completed = 0;
  for (const { seasonId, runId } of await deps.rebuilds.running()) {
    if (deps.now() >= deadline) break;
    const rebuild = await deps.rebuilds.advance(seasonId, runId, deadline);
    advanced += 1;
    if (rebuild?.status === 'completed') completed += 1;
  }
  return { advanced, completed };
};
