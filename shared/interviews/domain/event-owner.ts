import type { PartnerOrganisation, PartnerOrganisationKind } from '../../partners/partner-organisation-schema.ts';
import type { AppError } from '../../platform/errors/app-error.ts';
import { ownerNotInterviewer, ownerNotRegistered } from '../interview-errors.ts';

/**
 * The kinds of partner organisation that hold interviews of their own: the federal ministries
 * (ФОИВ), whose panels pick ПроКадры's finalists for their internships. Regional bodies host the
 * beginners' internships without an interview of their own; the programme's experts interview them.
 */
export const INTERVIEWING_KINDS: readonly PartnerOrganisationKind[] = ['federal-ministry'];

/** Why the registry's record (undefined: none) cannot own an interview event, or undefined when it can. */
export const eventOwnerFault = (organisationId: string, registered: PartnerOrganisation | undefined): AppError | undefined => {
  if (registered === undefined || registered.retired === true) return ownerNotRegistered(organisationId);
  if (!INTERVIEWING_KINDS.includes(registered.kind)) return ownerNotInterviewer(organisationId, registered.kind);
  return undefined;
};
