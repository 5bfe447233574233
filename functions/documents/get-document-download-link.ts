import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getDocumentDownloadLinkRoute } from '../../shared/documents/routes.ts';
import { getDownloadLink } from '../../shared/documents/use-cases/get-download-link.ts';
import { wiring } from './wiring.ts';

export const getDocumentDownloadLink: RouteImplementation<typeof getDocumentDownloadLinkRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await getDownloadLink(wiring().documents, identity, params.applicationId, params.documentId),
});
