import { certificatePage } from '../../shared/certificates/certificate-page.ts';
import { getCertificatePageRoute } from '../../shared/certificates/routes.ts';
import { verifyCertificate } from '../../shared/certificates/use-cases/verify-certificate.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

/** Nothing to run and nothing to load: the page is text and its own small stylesheet. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const getCertificatePage = routeModule(getCertificatePageRoute, async ({ params, query }) => ({
  status: 200,
  body: certificatePage(await verifyCertificate(wiring(), params.certificateId), query.lang),
  // A revocation shows within a minute; the page names a person, so no shared cache keeps it longer.
  headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'private, max-age=60' },
}));
