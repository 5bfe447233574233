import type { PartnerOrganisationResolver } from '../../partners/ports/partner-organisation-resolver.ts';
import type { PartnerOrganisations } from '../../partners/ports/partner-organisations.ts';
import type { CandidateScores } from '../ports/candidate-scores.ts';
import type { InternshipSeasons, StaffedSeasons } from '../ports/internship-seasons.ts';
import type { InternshipStore } from '../ports/internship-store.ts';
import type { InternshipSubjects } from '../ports/internship-subjects.ts';

/** What the internships use cases reach outside pure code for; each takes the part it needs. */
export interface InternshipDependencies {
  readonly store: InternshipStore;
  readonly seasons: InternshipSeasons;
  readonly staffedSeasons: StaffedSeasons;
  /** The partner registry: an offer's host must be in it. */
  readonly organisations: Pick<PartnerOrganisations, 'find'>;
  /** Which registered organisation a partner acts for, checked against the registry (the partners' resolver). */
  readonly partnerOrganisation: PartnerOrganisationResolver;
  readonly subjects: InternshipSubjects;
  readonly scores: CandidateScores;
  readonly clock: () => Date;
}
