import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type {
  DocumentStore,
  DownloadLinkRequest,
  StoredObject,
  UploadForm,
  UploadFormRequest,
} from '../../documents/ports/document-store.ts';
import type { ByteSource } from '../../documents/domain/verification/byte-source.ts';
import { attachmentDisposition } from './content-disposition.ts';
import { s3ByteSource } from './s3-byte-source.ts';

/** No such object (HEAD answers a bare 404, NotFound), or no such version of it; the SDK names each by its S3 code. */
const MISSING = ['NotFound', 'NoSuchKey', 'NoSuchVersion'];
const isMissing = (error: unknown): boolean => error instanceof Error && MISSING.includes(error.name);

/** Document files in one S3 (or S3-compatible) bucket; signing uses the function's own credentials. */
export class S3DocumentStore implements DocumentStore {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  /**
   * A presigned POST is the only S3 upload that can bound the size (content-length-range); the
   * content type and key are pinned too. Stores that ignore the policy (some S3-compatible ones) are
   * caught by confirmation, which checks the stored object itself.
   */
  async uploadForm(request: UploadFormRequest): Promise<UploadForm> {
    const { url, fields } = await createPresignedPost(this.#client, {
      Bucket: this.#bucket,
      Key: request.key,
      Conditions: [
        ['content-length-range', 1, request.maxBytes],
        ['starts-with', '$key', request.keyPrefix],
        { 'Content-Type': request.contentType },
      ],
      Fields: { 'Content-Type': request.contentType },
      Expires: request.expiresInSeconds,
    });
    return { url, fields };
  }

  async stat(key: string): Promise<StoredObject | undefined> {
    try {
      const head = await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: key }));
      return { key, size: head.ContentLength ?? 0, versionId: head.VersionId };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  open(object: StoredObject): ByteSource {
    return s3ByteSource(this.#client, this.#bucket, object);
  }

  /**
   * CopyObject of exactly the given version: S3 copies inside the bucket, so a 500 MB video costs one
   * request and never passes through the Lambda. The source's tags (the malware verdict) stay with
   * the upload; copying them would need tagging rights on the destination for nothing.
   */
  async copy(object: StoredObject, key: string): Promise<StoredObject | undefined> {
    const path = object.key.split('/').map(encodeURIComponent).join('/');
    const version = object.versionId === undefined ? '' : `?versionId=${encodeURIComponent(object.versionId)}`;
    try {
      const copied = await this.#client.send(
        new CopyObjectCommand({
          Bucket: this.#bucket,
          Key: key,
          CopySource: `${this.#bucket}/${path}${version}`,
          TaggingDirective: 'REPLACE',
        }),
      );
      return { key, size: object.size, versionId: copied.VersionId };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /**
   * In a versioned bucket a delete without a version only hides the bytes behind a delete marker;
   * deleting the version removes them (malware included) for good.
   */
  async delete(object: StoredObject): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: object.key, VersionId: object.versionId }));
  }

  async downloadUrl(request: DownloadLinkRequest): Promise<string> {
    return getSignedUrl(
      this.#client,
      new GetObjectCommand({
        Bucket: this.#bucket,
        Key: request.object.key,
        VersionId: request.object.versionId,
        ResponseContentDisposition: attachmentDisposition(request.fileName),
        ResponseContentType: request.contentType,
      }),
      { expiresIn: request.expiresInSeconds },
    );
  }
}
