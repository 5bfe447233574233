import { getMyCertificateCredentialRoute } from '../../shared/certificates/routes.ts';
import { myCredential } from '../../shared/certificates/use-cases/my-credential.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getMyCertificateCredential = routeModule(getMyCertificateCredentialRoute, async ({ identity, params }) => ({
  status: 200,
  body: await myCredential(wiring(), identity, params.certificateId),
}));
