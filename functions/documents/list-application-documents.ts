import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listApplicationDocumentsRoute } from '../../shared/documents/routes.ts';
import { toDocumentView } from '../../shared/documents/document-view.ts';
import { listDocuments } from '../../shared/documents/use-cases/list-documents.ts';
import { wiring } from './wiring.ts';

export const listApplicationDocuments: RouteImplementation<typeof listApplicationDocumentsRoute> = async ({ identity, params }) => ({
  status: 200,
  body: { items: (await listDocuments(wiring().documents, identity, params.applicationId)).map(toDocumentView) },
});
