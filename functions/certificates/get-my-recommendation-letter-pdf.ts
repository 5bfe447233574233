import { getMyRecommendationLetterPdfRoute } from '../../shared/certificates/routes.ts';
import { letterDownload } from '../../shared/certificates/use-cases/letter-download.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getMyRecommendationLetterPdf = routeModule(getMyRecommendationLetterPdfRoute, async ({ identity, params }) => ({
  status: 200,
  body: await letterDownload(wiring(), identity, params.certificateId),
}));
