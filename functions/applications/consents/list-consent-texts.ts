import { CONSENT_TEXTS, currentConsentText } from '../../../shared/applicants/domain/consents/consent-texts.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { listConsentTextsRoute } from '../../../shared/applicants/routes.ts';

export const listConsentTexts: RouteImplementation<typeof listConsentTextsRoute> = async () => ({
  status: 200,
  body: { items: CONSENT_TEXTS.map((text) => ({ ...text, current: currentConsentText(text.kind).version === text.version })) },
});
