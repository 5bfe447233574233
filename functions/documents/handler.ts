import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'documents'>>('documents', {
  'POST /applications/{applicationId}/documents': () =>
    import('./request-document-upload.ts').then((module) => module.requestDocumentUpload),
  'POST /applications/{applicationId}/documents/{documentId}/confirm': () =>
    import('./confirm-document.ts').then((module) => module.confirmDocument),
  'GET /applications/{applicationId}/documents': () =>
    import('./list-application-documents.ts').then((module) => module.listApplicationDocuments),
  'GET /applications/{applicationId}/documents/{documentId}/download': () =>
    import('./get-document-download-link.ts').then((module) => module.getDocumentDownloadLink),
  'GET /seasons/{seasonId}/score-exports/{exportId}/download-link': () =>
    import('./get-score-export-link.ts').then((module) => module.getScoreExportLink),
});
