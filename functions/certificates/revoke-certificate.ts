import { revokeCertificateRoute } from '../../shared/certificates/routes.ts';
import { revokeCertificate } from '../../shared/certificates/use-cases/revoke-certificate.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const revokeCertificateOperation = routeModule(revokeCertificateRoute, async ({ identity, params, body }) => {
  const { credentialJwt: _signed, ...revoked } = await revokeCertificate(wiring(), identity, params.certificateId, body);
  return { status: 200, body: revoked };
});
