import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listApplicationDocumentsRoute } from '../../shared/documents/routes.ts';
import { toDocumentView } from '../../shared/documents/document-view.ts';
import { listDocuments } from '../../shared/documents/use-cases/list-documents.ts';
import { wiring } from './wiring.ts';

export const listApplicationDocuments = routeModule(listApplicationDocumentsRoute, async ({ identity, params }) => ({
  status: 200,
  body: { items: (await listDocuments(wiring().documents, identity, params.applicationId)).map(toDocumentView) },
}));
