import type { Identity } from '../../platform/auth/identity.ts';
import { managesProgramme } from '../../catalogue/domain/staff-scope.ts';

/**
 * Who manages an endpoint: staff of its programme manage every endpoint of it; a partner only its
 * own organisation's. Anyone else is told the endpoint does not exist (404), so ids prove nothing.
 * `actingOrganisation` is the partner's organisation once the registry has borne their claims out.
 */
export const managesEndpoint = (
  identity: Identity,
  endpoint: { readonly programmeId: string; readonly organisationId: string | null },
  actingOrganisation: string | undefined,
): boolean => {
  if (identity.roles.includes('staff') && managesProgramme(identity, endpoint.programmeId)) return true;
  return actingOrganisation !== undefined && endpoint.organisationId === actingOrganisation;
};
