import type { DocumentStore } from '../../documents/ports/document-store.ts';
import { once } from '../../platform/wiring/once.ts';

/**
 * The documents bucket for a function some of whose routes never touch it (listing documents,
 * assigning experts): the S3 adapter and its SDK client are loaded and built at the first upload
 * form, confirmation or download link, not at cold start, and then kept for the container. Lambdas
 * are built code-split (infra/bundling/lambda-bundle.ts), so the `import()` leaves the client (the
 * largest in any bundle of cadre) in a chunk of its own.
 */
export const lazyS3DocumentStore = (bucket: string): DocumentStore => {
  const store = once(async () => {
    const [{ S3DocumentStore }, { s3Client }] = await Promise.all([import('./s3-document-store.ts'), import('./s3-client.ts')]);
    return new S3DocumentStore(s3Client(), bucket);
  });
  return {
    uploadForm: async (request) => (await store()).uploadForm(request),
    stat: async (key) => (await store()).stat(key),
    // The size is known from the stored object; the reads wait for the client.
    open: (object) => ({ size: object.size, read: async (offset, length) => (await store()).open(object).read(offset, length) }),
    copy: async (object, key) => (await store()).copy(object, key),
    delete: async (object) => (await store()).delete(object),
    downloadUrl: async (request) => (await store()).downloadUrl(request),
  };
};
