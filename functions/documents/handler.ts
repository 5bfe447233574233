import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import { documentRoutes } from '../../shared/documents/routes.ts';
import { assignExpert } from './assign-expert.ts';
import { confirmDocument } from './confirm-document.ts';
import { getDocumentDownloadLink } from './get-document-download-link.ts';
import { listApplicationDocuments } from './list-application-documents.ts';
import { requestDocumentUpload } from './request-document-upload.ts';
import { unassignExpert } from './unassign-expert.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first request.
wiring();

export const handler = createCapabilityHandler('documents', documentRoutes, {
  requestDocumentUpload,
  confirmDocument,
  listApplicationDocuments,
  getDocumentDownloadLink,
  assignExpert,
  unassignExpert,
});
