import type { ScoreExportFiles } from '../../reviews/ports/score-export-files.ts';
import { once } from '../../platform/wiring/once.ts';

/**
 * The exports' objects for a function most of whose routes never touch S3: the adapter and the S3
 * client (the largest of any bundle) load at the first export step or download link, in a chunk of
 * their own, not at cold start; the bucket's name is read then too.
 */
export const lazyScoreExportFiles = (bucket: () => string): ScoreExportFiles => {
  const files = once(async () => {
    const [{ S3ScoreExportFiles }, { s3Client }] = await Promise.all([import('./s3-score-export-files.ts'), import('./s3-client.ts')]);
    return new S3ScoreExportFiles(s3Client(), bucket());
  });
  return {
    putPart: async (key, body) => (await files()).putPart(key, body),
    readPart: async (key) => (await files()).readPart(key),
    startUpload: async (key) => (await files()).startUpload(key),
    uploadPart: async (request) => (await files()).uploadPart(request),
    completeUpload: async (request) => (await files()).completeUpload(request),
    downloadUrl: async (request) => (await files()).downloadUrl(request),
  };
};
