import { routeModule } from '../../shared/platform/http/route-module.ts';
import { requestDocumentUploadRoute } from '../../shared/documents/routes.ts';
import { requestUpload } from '../../shared/documents/use-cases/request-upload.ts';
import { wiring } from './wiring.ts';

export const requestDocumentUpload = routeModule(requestDocumentUploadRoute, async ({ identity, params, body }) => ({
  status: 201,
  body: await requestUpload(wiring().documents, identity, params.applicationId, body),
}));
