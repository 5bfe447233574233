import type { ApplicationView } from '../../applications/application-view.ts';
import type { DocumentView } from '../../documents/document-view.ts';
import { getDocumentDownloadLinkRoute } from '../../documents/routes.ts';
import type { OwnDocument } from '../own-data-export-schema.ts';

/** Where the owner asks for a five-minute download link of a document: the export itself never carries a link that outlives it. */
export const documentDownloadPath = (applicationId: string, documentId: string): string =>
  getDocumentDownloadLinkRoute.path
    .replace('{applicationId}', encodeURIComponent(applicationId))
    .replace('{documentId}', encodeURIComponent(documentId));

/** An application's documents as the export lists them: beside the application, with the path to fetch each. */
export const ownDocuments = (applicationId: string, documents: readonly DocumentView[]): OwnDocument[] =>
  documents.map((document) => ({ ...document, applicationId, downloadPath: documentDownloadPath(applicationId, document.id) }));

/** Every stage an application has been in, from its history: where an interview booking of it may stand. */
export const stagesVisited = (application: ApplicationView): string[] => [
  ...new Set([
    application.stage.id,
    ...(application.history ?? []).flatMap((event) => (event.toStage === undefined ? [] : [event.toStage])),
  ]),
];
