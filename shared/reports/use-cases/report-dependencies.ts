import type { SeasonCountsReader } from '../../counters/ports/season-counts-reader.ts';
import type { PartnerOrganisationResolver } from '../../partners/ports/partner-organisation-resolver.ts';
import type { HostOrganisations } from '../ports/host-organisations.ts';
import type { InternshipFigures } from '../ports/internship-figures.ts';
import type { KpiActuals } from '../ports/kpi-actuals.ts';
import type { MentorPoolSizes } from '../ports/mentor-pool-sizes.ts';
import type { ReportSeasons } from '../ports/report-seasons.ts';

/** What the reports reach outside pure code for: the counters, and the few facts other modules own. */
export interface ReportDependencies {
  readonly seasons: ReportSeasons;
  readonly counts: SeasonCountsReader;
  readonly partners: PartnerOrganisationResolver;
  readonly internships: InternshipFigures;
  readonly mentorPools: MentorPoolSizes;
  readonly hostOrganisations: HostOrganisations;
  readonly kpiActuals: KpiActuals;
  readonly clock: () => Date;
}
