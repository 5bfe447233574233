import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'certificates'>>('certificates', {
  'GET /me/certificates': () => import('./list-my-certificates.ts').then((module) => module.listMyCertificatesOperation),
  'GET /me/certificates/{certificateId}/pdf': () => import('./get-my-certificate-pdf.ts').then((module) => module.getMyCertificatePdf),
  'GET /me/certificates/{certificateId}/credential': () =>
    import('./get-my-certificate-credential.ts').then((module) => module.getMyCertificateCredential),
  'GET /seasons/{seasonId}/certificates': () =>
    import('./list-season-certificates.ts').then((module) => module.listSeasonCertificatesOperation),
  'POST /certificates/{certificateId}/revocation': () =>
    import('./revoke-certificate.ts').then((module) => module.revokeCertificateOperation),
  'GET /certificates/{certificateId}/verification': () =>
    import('./get-certificate-verification.ts').then((module) => module.getCertificateVerification),
  'GET /me/certificates/{certificateId}/recommendation-letter/pdf': () =>
    import('./get-my-recommendation-letter-pdf.ts').then((module) => module.getMyRecommendationLetterPdf),
  'GET /certificates/{certificateId}': () => import('./get-certificate-page.ts').then((module) => module.getCertificatePage),
});
