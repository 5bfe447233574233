import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { CertificateFiles } from '../../certificates/ports/certificate-files.ts';
import { attachmentDisposition } from './content-disposition.ts';

/** Certificate and letter PDFs in the documents bucket (private, encrypted, versioned), under their own prefix. */
export class S3CertificateFiles implements CertificateFiles {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  async put(request: { readonly key: string; readonly body: Uint8Array }): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({ Bucket: this.#bucket, Key: request.key, Body: request.body, ContentType: 'application/pdf' }),
    );
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound) return false;
      throw error;
    }
  }

  downloadUrl(request: { readonly key: string; readonly fileName: string; readonly expiresInSeconds: number }): Promise<string> {
    return getSignedUrl(
      this.#client,
      new GetObjectCommand({
        Bucket: this.#bucket,
        Key: request.key,
        ResponseContentDisposition: attachmentDisposition(request.fileName),
        ResponseContentType: 'application/pdf',
      }),
      { expiresIn: request.expiresInSeconds },
    );
  }
}
