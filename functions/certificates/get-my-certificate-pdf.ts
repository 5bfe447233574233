import { getMyCertificatePdfRoute } from '../../shared/certificates/routes.ts';
import { certificateDownload } from '../../shared/certificates/use-cases/certificate-download.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getMyCertificatePdf = routeModule(getMyCertificatePdfRoute, async ({ identity, params }) => ({
  status: 200,
  body: await certificateDownload(wiring(), identity, params.certificateId),
}));
