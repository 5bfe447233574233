import { managesAllProgrammes } from '../../catalogue/domain/staff-scope.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { PartnerOrganisation, PartnerOrganisationInput } from '../partner-organisation-schema.ts';
import { registryScopeRequired } from '../partner-errors.ts';
import type { PartnerDependencies } from './partner-dependencies.ts';

/**
 * Staff register an organisation (version 0) or replace its record whole at the version they read:
 * one conditional write, whose refusal names the current version. The registry serves every
 * programme of the deployment, so staff scoped to some programmes read it but do not edit it (403,
 * as for creating a programme: the registry is no programme's to hide). An organisation is never
 * deleted, only retired (`retired: true`), since offers, releases and accounts keep naming its id.
 */
export const savePartnerOrganisation = async (
  deps: PartnerDependencies,
  identity: Identity,
  organisationId: string,
  input: PartnerOrganisationInput,
): Promise<{ readonly created: boolean; readonly organisation: PartnerOrganisation }> => {
  if (!managesAllProgrammes(identity)) throw registryScopeRequired();
  const { version, ...content } = input;
  const outcome = await deps.organisations.save(organisationId, content, version, deps.clock().toISOString());
  if (!outcome.saved) throw versionConflict(outcome.currentVersion);
  return { created: version === 0, organisation: outcome.organisation };
};
