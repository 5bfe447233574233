import type { Identity } from '../../../platform/auth/identity.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

export interface InternshipKpis {
  readonly seasonId: string;
  readonly started: number;
  readonly completed: number;
  /** The programme's KPI targets counted in internships, with the season's completed placements against each. */
  readonly targets: readonly {
    readonly kpiId: string;
    readonly name: { readonly ru: string; readonly en: string };
    readonly target: number;
    readonly period: 'season' | 'quarter';
    readonly completed: number;
    readonly reached: boolean;
  }[];
}

/**
 * A season's internship figures for staff: placements started and completed, counted exactly (each
 * in its step's own transaction; one GetItem), and the programme's `internships` KPI targets with
 * the completed placements against them.
 */
export const readInternshipKpis = async (
  deps: Pick<PlacementDependencies, 'placements' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
): Promise<InternshipKpis> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const counts = await deps.placements.kpis(seasonId);
  return {
    seasonId,
    started: counts.started,
    completed: counts.completed,
    targets: programme.settings.kpiTargets
      .filter((kpi) => kpi.unit === 'internships')
      .map((kpi) => ({
        kpiId: kpi.id,
        name: kpi.name,
        target: kpi.target,
        period: kpi.period,
        completed: counts.completed,
        reached: counts.completed >= kpi.target,
      })),
  };
};
