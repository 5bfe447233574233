import { wiring as partnersWiring } from '../../../functions/partners/wiring.ts';
import { savePartnerOrganisation } from '../../../shared/partners/use-cases/save-partner-organisation.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
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
