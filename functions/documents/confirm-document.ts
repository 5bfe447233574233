import { routeModule } from '../../shared/platform/http/route-module.ts';
import { confirmDocumentRoute } from '../../shared/documents/routes.ts';
import { toDocumentView } from '../../shared/documents/document-view.ts';
import { confirmDocument as confirm } from '../../shared/documents/use-cases/confirm-document.ts';
import { wiring } from './wiring.ts';

export const confirmDocument = routeModule(confirmDocumentRoute, async ({ identity, params }) => ({
  status: 200,
  body: toDocumentView(await confirm(wiring().documents, identity, params.applicationId, params.documentId)),
}));
