import type { Identity } from '../../../platform/auth/identity.ts';
import { managesProgramme } from '../../../catalogue/domain/staff-scope.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import type { Placement } from '../../placement-schema.ts';
import { organisationOf } from '../host-access.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

/** Who acts on a placement, as its history and the pipeline name them. */
export interface PlacementActor {
  readonly actor: 'partner' | 'staff';
  readonly by: string;
}

/**
 * A placement as the people who run it reach it: the people of its host organisation (their
 * `custom:organisation` claim, once the registry bears their claims out: checked before the
 * placement is read, so a refusal says nothing about it) and staff of its programme. Anyone else,
 * another organisation's partner included, gets the 404 of a missing placement, so ids prove nothing.
 */
export const runPlacement = async (
  deps: Pick<PlacementDependencies, 'placements' | 'partnerOrganisation'>,
  identity: Identity,
  target: { readonly applicationId: string; readonly placementId: string },
): Promise<{ readonly placement: Placement; readonly as: PlacementActor }> => {
  const organisation = await organisationOf(deps, identity);
  const placement = await deps.placements.find(target.applicationId, target.placementId);
  if (placement !== undefined) {
    if (organisation !== undefined && organisation === placement.hostOrganisation) {
      return { placement, as: { actor: 'partner', by: `partner:${identity.subject}` } };
    }
    if (identity.roles.includes('staff') && managesProgramme(identity, placement.programmeId)) {
      return { placement, as: { actor: 'staff', by: `staff:${identity.subject}` } };
    }
  }
  throw notFound('placement');
};

/** The applicant's own latest placement; another applicant's, or none, is the same 404. */
export const ownPlacement = async (
  deps: Pick<PlacementDependencies, 'placements'>,
  identity: Identity,
  applicationId: string,
): Promise<Placement> => {
  const placement = await deps.placements.latest(applicationId);
  if (placement === undefined || placement.applicantId !== identity.subject) throw notFound('placement');
  return placement;
};
