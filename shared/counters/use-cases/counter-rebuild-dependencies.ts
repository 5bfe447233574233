import type { CounterRebuilds } from '../ports/counter-rebuilds.ts';
import type { SeasonStaff } from '../ports/season-staff.ts';

export interface CounterRebuildDependencies {
  readonly rebuilds: CounterRebuilds;
  readonly seasonStaff: SeasonStaff;
  readonly clock: () => Date;
  readonly newId: () => string;
}
