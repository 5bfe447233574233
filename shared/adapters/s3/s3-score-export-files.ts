import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ScoreExportFiles } from '../../reviews/ports/score-export-files.ts';
import { attachmentDisposition } from './content-disposition.ts';

const CSV = 'text/csv; charset=utf-8';
const isNamed = (error: unknown, names: readonly string[]): boolean => error instanceof Error && names.includes(error.name);

/** Score exports' objects in the documents bucket (S3 or an S3-compatible store), under the exports prefixes. */
export class S3ScoreExportFiles implements ScoreExportFiles {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  async putPart(key: string, body: string): Promise<void> {
    await this.#client.send(new PutObjectCommand({ Bucket: this.#bucket, Key: key, Body: body, ContentType: CSV }));
  }

  async readPart(key: string): Promise<string | undefined> {
    try {
      const { Body } = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key }));
      return Body === undefined ? '' : await Body.transformToString('utf-8');
    } catch (error) {
      if (isNamed(error, ['NoSuchKey', 'NotFound'])) return undefined;
      throw error;
    }
  }

  async startUpload(key: string): Promise<string> {
    const { UploadId } = await this.#client.send(new CreateMultipartUploadCommand({ Bucket: this.#bucket, Key: key, ContentType: CSV }));
    if (UploadId === undefined) throw new Error('S3 started a multipart upload without an id');
    return UploadId;
  }

  async uploadPart(request: { readonly key: string; readonly uploadId: string; readonly partNumber: number; readonly body: Uint8Array }) {
    const { ETag } = await this.#client.send(
      new UploadPartCommand({
        Bucket: this.#bucket,
        Key: request.key,
        UploadId: request.uploadId,
        PartNumber: request.partNumber,
        Body: request.body,
      }),
    );
    if (ETag === undefined) throw new Error('S3 took a part without an ETag');
    return ETag;
  }

  /**
   * Completing an upload already completed (a step retried after its answer was lost) answers
   * NoSuchUpload; the file is then there, and that is success.
   */
  async completeUpload(request: {
    readonly key: string;
    readonly uploadId: string;
    readonly parts: readonly { readonly partNumber: number; readonly etag: string }[];
  }): Promise<void> {
    try {
      await this.#client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.#bucket,
          Key: request.key,
          UploadId: request.uploadId,
          MultipartUpload: { Parts: request.parts.map((part) => ({ PartNumber: part.partNumber, ETag: part.etag })) },
        }),
      );
    } catch (error) {
      if (!isNamed(error, ['NoSuchUpload'])) throw error;
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: request.key }));
    }
  }

  downloadUrl(request: { readonly key: string; readonly fileName: string; readonly expiresInSeconds: number }): Promise<string> {
    return getSignedUrl(
      this.#client,
      new GetObjectCommand({
        Bucket: this.#bucket,
        Key: request.key,
        ResponseContentDisposition: attachmentDisposition(request.fileName),
        ResponseContentType: CSV,
      }),
      { expiresIn: request.expiresInSeconds },
    );
  }
}
