import type { ProgrammeRepository } from '../../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../../catalogue/ports/season-repository.ts';
import type { PartnerOrganisations } from '../../../partners/ports/partner-organisations.ts';
import type { PartnerOrganisationResolver } from '../../../partners/ports/partner-organisation-resolver.ts';
import type { PlacementOffers } from '../../ports/offer-facts.ts';
import type { PlacementMoves } from '../../ports/placement-moves.ts';
import type { PlacementRecipients } from '../../ports/placement-recipients.ts';
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
  readonly seasons: Pick<SeasonRepository, 'find'>;
  /** The partner registry: a host organisation's contacts hear of the applicants' answers. */
  readonly organisations: Pick<PartnerOrganisations, 'find'>;
  /** The applicants a step mails, and what a host's mail may say of them. */
  readonly recipients: Pick<PlacementRecipients, 'contactsOf' | 'processingStopped'>;
  /** Progression's moves, for the steps the pipeline follows (completion: ПроКадры's closing event). */
  readonly moves: PlacementMoves;
  readonly clock: () => Date;
}
