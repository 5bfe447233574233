import { managesAllProgrammes } from '../../catalogue/domain/staff-scope.ts';
import { registryScopeRequired } from '../../partners/partner-errors.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { MachineClient, MachineClientInput } from '../machine-client-schema.ts';
import { machineClientTaken } from '../release-errors.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';

/**
 * A machine client reads an organisation's releases of every programme, so, like the registry it is
 * part of, only staff who run all programmes (`custom:programmes` `*`) manage them (403
 * `registry-scope-required`, as the registry's own edits answer).
 */
const assertOperatorOf = async (
  deps: Pick<ReleaseDependencies, 'organisations'>,
  identity: Identity,
  organisationId: string,
): Promise<void> => {
  if (!managesAllProgrammes(identity)) throw registryScopeRequired();
  if ((await deps.organisations.find(organisationId)) === undefined) throw notFound('partner organisation');
};

/** Registers a machine client for an organisation (or renames it there): from now on its token reads that organisation's releases. */
export const saveMachineClient = async (
  deps: Pick<ReleaseDependencies, 'organisations' | 'machineClients' | 'clock'>,
  identity: Identity,
  organisationId: string,
  clientId: string,
  input: MachineClientInput,
): Promise<{ readonly created: boolean; readonly client: MachineClient }> => {
  await assertOperatorOf(deps, identity, organisationId);
  const outcome = await deps.machineClients.save({
    clientId,
    organisationId,
    name: input.name,
    registeredAt: deps.clock().toISOString(),
    registeredBy: identity.subject,
  });
  if (outcome.saved === false) throw machineClientTaken();
  return { created: outcome.saved === 'created', client: outcome.client };
};

/** Takes the client off the organisation: its next request reads nothing (its token may still be valid; revoke it in the pool too). */
export const removeMachineClient = async (
  deps: Pick<ReleaseDependencies, 'organisations' | 'machineClients'>,
  identity: Identity,
  organisationId: string,
  clientId: string,
): Promise<void> => {
  await assertOperatorOf(deps, identity, organisationId);
  if (!(await deps.machineClients.remove(organisationId, clientId))) throw notFound('machine client');
};

export const listMachineClients = async (
  deps: Pick<ReleaseDependencies, 'organisations' | 'machineClients'>,
  identity: Identity,
  organisationId: string,
  page: PageRequest,
): Promise<Page<MachineClient>> => {
  await assertOperatorOf(deps, identity, organisationId);
  return deps.machineClients.listForOrganisation(organisationId, page);
};
