import { wiring as partnersWiring } from '../../../functions/partners/wiring.ts';
import { savePartnerOrganisation } from '../../../shared/partners/use-cases/save-partner-organisation.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { saveMachineClient } from '../../../shared/releases/use-cases/manage-machine-clients.ts';
import { DEMO_MACHINE_CLIENTS } from '../auth/demo-machine-clients.ts';
import { DEMO_PARTNER_ORGANISATIONS } from './demo-partner-organisations.ts';

/**
 * The demo's partner organisations (demo-partner-organisations.ts), registered through the
 * registry's own use case by staff of every programme. Each is registered at version 0, so one that
 * exists answers a version conflict and is left as it is (staff may have edited it since): a second
 * start registers nothing. Returns how many this start registered.
 */
export const seedDemoPartnerOrganisations = async (staff: Identity): Promise<number> => {
  const { partners } = partnersWiring();
  const registered = await Promise.all(
    DEMO_PARTNER_ORGANISATIONS.map(async ({ id, content }) => {
      try {
        await savePartnerOrganisation(partners, staff, id, { ...content, version: 0 });
        return true;
      } catch (error) {
        if (isAppError(error) && error.code === 'version-conflict') return false;
        throw error;
      }
    }),
  );
  return registered.filter(Boolean).length;
};

/**
 * The demo's machine clients (auth/demo-machine-clients.ts), registered for their organisations
 * through the releases' own use case once the registry has them: Perm Krai's youth-policy body's
 * portal reads the region's released finalists with its client-credentials token. Registering again
 * only renames, so every start may do it.
 */
export const seedDemoMachineClients = async (staff: Identity): Promise<void> => {
  const releases = await partnersWiring().releases();
  for (const client of DEMO_MACHINE_CLIENTS)
    await saveMachineClient(releases, staff, client.organisationId, client.clientId, { name: client.name });
};
