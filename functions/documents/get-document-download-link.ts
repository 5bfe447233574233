import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getDocumentDownloadLinkRoute } from '../../shared/documents/routes.ts';
import { getDownloadLink } from '../../shared/documents/use-cases/get-download-link.ts';
import { wiring } from './wiring.ts';

export const getDocumentDownloadLink = routeModule(getDocumentDownloadLinkRoute, async ({ identity, params }) => ({
  status: 200,
  body: await getDownloadLink(wiring().documents, identity, params.applicationId, params.documentId),
}));
