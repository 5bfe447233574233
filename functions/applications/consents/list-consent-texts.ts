import { CONSENT_TEXTS, currentConsentText } from '../../../shared/applicants/domain/consents/consent-texts.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { listConsentTextsRoute } from '../../../shared/applicants/routes.ts';

export const listConsentTexts = routeModule(listConsentTextsRoute, async () => ({
  status: 200,
  body: { items: CONSENT_TEXTS.map((text) => ({ ...text, current: currentConsentText(text.kind).version === text.version })) },
}));
