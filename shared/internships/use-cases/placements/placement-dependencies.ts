import type { ProgrammeRepository } from '../../../catalogue/ports/programme-repository.ts';
import type { PartnerOrganisationResolver } from '../../../partners/ports/partner-organisation-resolver.ts';
import type { PlacementOffers } from '../../ports/offer-facts.ts';
import type { PlacementMoves } from '../../ports/placement-moves.ts';
import type { PlacementStore } from '../../ports/placement-store.ts';
import type { StaffedSeasons } from '../../ports/internship-seasons.ts';

/** What the placement routes (and the calendar's expiry) reach outside pure code for. */
export interface PlacementDependencies {
  readonly placements: PlacementStore;
  readonly offers: PlacementOffers;
  readonly staffedSeasons: StaffedSeasons;
  /** The registered organisation a host's people act for (the partners' registry check of their claims). */
  readonly partnerOrganisation: PartnerOrganisationResolver;
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
  /** Progression's moves, for the steps the pipeline follows (completion: ПроКадры's closing event). */
  readonly moves: PlacementMoves;
  readonly clock: () => Date;
}
