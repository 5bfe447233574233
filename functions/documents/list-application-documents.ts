import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listApplicationDocumentsRoute } from '../../shared/documents/routes.ts';
import { toDocumentView } from '../../shared/documents/document-view.ts';
import { listDocuments } from '../../shared/documents/use-cases/list-documents.ts';
import { wiring } from './wiring.ts';

export const listApplicationDocuments = routeModule(listApplicationDocumentsRoute, async ({ identity, params, query }) => {
  const page = await listDocuments(wiring().documents, identity, params.applicationId, query);
  return { status: 200, body: { items: page.items.map(toDocumentView), nextCursor: page.nextCursor } };
});
