import { getCertificateVerificationRoute } from '../../shared/certificates/routes.ts';
import { verifyCertificate } from '../../shared/certificates/use-cases/verify-certificate.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getCertificateVerification = routeModule(getCertificateVerificationRoute, async ({ params }) => ({
  status: 200,
  body: await verifyCertificate(wiring(), params.certificateId),
}));
