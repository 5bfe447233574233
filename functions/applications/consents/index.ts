import type { ImplementationsOf } from '../../../shared/platform/http/route-handler.ts';
import type {
  getMyConsentsRoute,
  giveConsentRoute,
  listConsentTextsRoute,
  recordGuardianConsentRoute,
  withdrawConsentRoute,
} from '../../../shared/applicants/routes.ts';
import { getMyConsents } from './get-my-consents.ts';
import { giveConsent } from './give-consent.ts';
import { listConsentTexts } from './list-consent-texts.ts';
import { recordGuardianConsent } from './record-guardian-consent.ts';
import { withdrawConsent } from './withdraw-consent.ts';

type ConsentRoutes =
  | typeof listConsentTextsRoute
  | typeof getMyConsentsRoute
  | typeof giveConsentRoute
  | typeof recordGuardianConsentRoute
  | typeof withdrawConsentRoute;

/** The consent routes' implementations keyed by operationId, for the applications handler to spread in. */
export const consentImplementations: ImplementationsOf<ConsentRoutes> = {
  listConsentTexts,
  getMyConsents,
  giveConsent,
  recordGuardianConsent,
  withdrawConsent,
};
