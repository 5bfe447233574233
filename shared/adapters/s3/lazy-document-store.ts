import type { DocumentStore } from '../../documents/ports/document-store.ts';
import { once } from '../../platform/wiring/once.ts';
import { s3Client } from './s3-client.ts';
import { S3DocumentStore } from './s3-document-store.ts';

/**
 * The documents bucket for a function some of whose routes never touch it (listing documents,
 * assigning experts): the S3 adapter and its SDK client are built at the first upload form,
 * confirmation or download link, not at cold start, and then kept for the container.
 * Built late, not loaded late: see lazy-workflow-starter.ts for why there is no `await import()`.
 */
export const lazyS3DocumentStore = (bucket: string): DocumentStore => {
  const store = once(() => new S3DocumentStore(s3Client(), bucket));
  return {
    uploadForm: async (request) => store().uploadForm(request),
    stat: async (key) => store().stat(key),
    open: (object) => store().open(object),
    delete: async (object) => store().delete(object),
    downloadUrl: async (request) => store().downloadUrl(request),
  };
};
