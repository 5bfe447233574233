import type { ReleaseExportFiles } from '../../releases/ports/release-exports.ts';
import { once } from '../../platform/wiring/once.ts';

/**
 * Push exports' files for a function whose other routes never touch S3: the adapter and the S3
 * client load at the first export or download, in a chunk of their own, not at cold start.
 */
export const lazyReleaseExportFiles = (bucket: () => string): ReleaseExportFiles => {
  const files = once(async () => {
    const [{ S3ReleaseExportFiles }, { s3Client }] = await Promise.all([import('./s3-release-export-files.ts'), import('./s3-client.ts')]);
    return new S3ReleaseExportFiles(s3Client(), bucket());
  });
  return {
    put: async (request) => (await files()).put(request),
    downloadUrl: async (request) => (await files()).downloadUrl(request),
  };
};
