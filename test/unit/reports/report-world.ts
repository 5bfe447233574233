import type { Programme } from '../../../shared/catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { NO_VALUE, TIME_IN_STAGE_BUCKET_HOURS, type SeasonCounts, type StageCount } from '../../../shared/counters/domain/season-counts.ts';
import type { SeasonCountsReader } from '../../../shared/counters/ports/season-counts-reader.ts';
import type { PartnerOrganisation } from '../../../shared/partners/partner-organisation-schema.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { AppError } from '../../../shared/platform/errors/app-error.ts';
import type { KpiActual } from '../../../shared/reports/kpi-actual-schema.ts';
import type { ReportDependencies } from '../../../shared/reports/use-cases/report-dependencies.ts';

/** In-memory parts for the reports' unit tests: our own ports, no AWS. */

export const programmeOf = (template: ProgrammeTemplate, id: string): Programme => ({
  id,
  templateId: template.id,
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  settings: structuredClone(template.settings),
});

/** A season whose calendar runs from May to November 2026 (Moscow time): Q2, Q3 and Q4. */
export const seasonOf = (programme: Programme, id: string): Season => ({
  id,
  programmeId: programme.id,
  title: { ru: 'Сезон 2026', en: 'Season 2026' },
  description: { ru: 'Сезон', en: 'Season' },
  referenceDate: '2026-08-31',
  calendar: [
    {
      stage: programme.settings.pipeline.stages[0]?.id ?? 'application',
      opensAt: '2026-05-01T00:00:00+03:00',
      closesAt: '2026-08-31T23:59:00+03:00',
    },
    {
      stage: programme.settings.pipeline.stages[1]?.id ?? 'screening',
      opensAt: '2026-09-01T00:00:00+03:00',
      closesAt: '2026-11-30T23:59:00+03:00',
    },
  ],
  questions: [],
  status: 'open',
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  openingAttempts: 1,
});

export const stageCount = (
  stage: string,
  figures: { now?: number; entered?: number; byQuarter?: Record<string, number> },
  dimensions: { track?: string; region?: string; role?: string } = {},
): StageCount => ({
  stage,
  track: dimensions.track ?? NO_VALUE,
  region: dimensions.region ?? NO_VALUE,
  role: dimensions.role ?? NO_VALUE,
  now: figures.now ?? 0,
  entered: figures.entered ?? 0,
  enteredByQuarter: figures.byQuarter ?? {},
});

export const emptyBuckets = (): number[] => Array.from({ length: TIME_IN_STAGE_BUCKET_HOURS.length + 1 }, () => 0);

export const counts = (seasonId: string, partial: Partial<SeasonCounts> = {}): SeasonCounts => ({
  seasonId,
  status: 'ready',
  generation: 0,
  stages: [],
  times: [],
  events: [],
  ...partial,
});

/** An in-memory SeasonCountsReader: the counts a test sets, per season; an unknown season reads as not built. */
export const inMemoryCounts = (bySeason: Map<string, SeasonCounts>): SeasonCountsReader => ({
  read: async (seasonId) => bySeason.get(seasonId) ?? counts(seasonId, { status: 'not-built' }),
});

export const staff = (programmes: readonly string[]): Identity => ({
  subject: 'staff-1',
  email: 'staff@example.org',
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes,
});

export const partner = (organisation: string, region?: string): Identity => ({
  subject: `partner-of-${organisation}`,
  email: 'partner@example.org',
  roles: ['partner'],
  region,
  organisation,
  programmes: [],
});

export const organisation = (
  id: string,
  kind: PartnerOrganisation['kind'],
  region: PartnerOrganisation['region'],
): PartnerOrganisation => ({
  id,
  kind,
  name: { ru: id, en: id },
  region,
  contacts: [{ name: 'Контакт', email: 'contact@example.org', language: 'ru' }],
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
});

export interface ReportWorld {
  readonly deps: ReportDependencies;
  readonly counts: Map<string, SeasonCounts>;
  readonly actuals: KpiActual[];
  /** How many times each fact was read: a KPI report reads only what its KPIs need. */
  readonly reads: Record<'internships' | 'mentorPools' | 'hostOrganisations' | 'kpiActuals', number>;
}

export const reportWorld = (
  seasons: readonly { readonly season: Season; readonly programme: Programme }[],
  organisations: readonly PartnerOrganisation[],
  facts: { internshipsCompleted?: number; mentorPool?: { main: number; reserve: number }; hostOrganisations?: number } = {},
): ReportWorld => {
  const countsBySeason = new Map<string, SeasonCounts>();
  const actuals: KpiActual[] = [];
  const reads = { internships: 0, mentorPools: 0, hostOrganisations: 0, kpiActuals: 0 };
  const notRegistered = new AppError({ code: 'organisation-not-registered', status: 404, message: { ru: 'Нет', en: 'No' } });
  return {
    counts: countsBySeason,
    actuals,
    reads,
    deps: {
      seasons: { find: async (seasonId) => seasons.find((entry) => entry.season.id === seasonId) },
      counts: inMemoryCounts(countsBySeason),
      partners: {
        resolve: async (identity) => {
          const found = organisations.find((candidate) => candidate.id === identity.organisation);
          if (found === undefined) throw notRegistered;
          return found;
        },
      },
      internships: {
        completed: async () => {
          reads.internships += 1;
          return facts.internshipsCompleted ?? 0;
        },
      },
      mentorPools: {
        sizes: async () => {
          reads.mentorPools += 1;
          return facts.mentorPool ?? { main: 0, reserve: 0 };
        },
      },
      hostOrganisations: {
        count: async () => {
          reads.hostOrganisations += 1;
          return facts.hostOrganisations ?? 0;
        },
      },
      kpiActuals: {
        list: async (seasonId) => {
          reads.kpiActuals += 1;
          return actuals.filter((actual) => actual.seasonId === seasonId);
        },
        save: async (actual) => {
          const index = actuals.findIndex(
            (stored) => stored.seasonId === actual.seasonId && stored.kpiId === actual.kpiId && stored.period === actual.period,
          );
          if (index >= 0) actuals.splice(index, 1);
          actuals.push(actual);
        },
      },
      clock: () => new Date('2026-10-01T12:00:00.000Z'),
    },
  };
};
