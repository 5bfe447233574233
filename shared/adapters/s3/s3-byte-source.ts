import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { StoredObject } from '../../documents/ports/document-store.ts';
import type { ByteSource } from '../../documents/domain/verification/byte-source.ts';

/** Ranged GETs of one object version: the checks read a few kilobytes of a file of any size. */
export const s3ByteSource = (client: S3Client, bucket: string, object: StoredObject): ByteSource => ({
  size: object.size,
  read: async (offset, length) => {
    const end = Math.min(offset + length, object.size) - 1;
    if (end < offset) return new Uint8Array(0);
    const { Body } = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: object.key, VersionId: object.versionId, Range: `bytes=${offset}-${end}` }),
    );
    return Body === undefined ? new Uint8Array(0) : Body.transformToByteArray();
  },
});
