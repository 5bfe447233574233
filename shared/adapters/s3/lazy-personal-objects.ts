import type { PersonalObjects } from '../../erasure/ports/personal-objects.ts';
import { once } from '../../platform/wiring/once.ts';

/**
 * The person's files for the eraser: the S3 adapter and its SDK client load at the first erasure
 * that reaches its objects step, not at every minute's cold start (most runs find nothing to do).
 * Lambdas are built code-split, so the `import()` leaves the client in a chunk of its own.
 */
export const lazyS3PersonalObjects = (buckets: { readonly documents: string; readonly verification: string }): PersonalObjects => {
  const objects = once(async () => {
    const [{ S3PersonalObjects }, { s3Client }] = await Promise.all([import('./s3-personal-objects.ts'), import('./s3-client.ts')]);
    return new S3PersonalObjects(s3Client(), buckets);
  });
  return { erase: async (person) => (await objects()).erase(person) };
};
