import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ReleaseExportFiles } from '../../releases/ports/release-exports.ts';
import { attachmentDisposition } from './content-disposition.ts';

/** Push exports' files in the documents bucket (S3 or an S3-compatible store), under their prefix. */
export class S3ReleaseExportFiles implements ReleaseExportFiles {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  async put(request: { readonly key: string; readonly body: string; readonly contentType: string }): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({ Bucket: this.#bucket, Key: request.key, Body: request.body, ContentType: request.contentType }),
    );
  }

  downloadUrl(request: {
    readonly key: string;
    readonly fileName: string;
    readonly contentType: string;
    readonly expiresInSeconds: number;
  }): Promise<string> {
    return getSignedUrl(
      this.#client,
      new GetObjectCommand({
        Bucket: this.#bucket,
        Key: request.key,
        ResponseContentDisposition: attachmentDisposition(request.fileName),
        ResponseContentType: request.contentType,
      }),
      { expiresIn: request.expiresInSeconds },
    );
  }
}
