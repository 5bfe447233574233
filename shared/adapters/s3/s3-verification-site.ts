import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { VerificationSite } from '../../certificates/ports/verification-site.ts';

/**
 * How long a reader (or CloudFront) may keep a file: a status list changes with every revocation,
 * so a minute; the issuer's keys rarely; a credential or the page never in place (a new page is a
 * new deployment, which invalidates).
 */
const cacheControl = (path: string): string => {
  if (path.startsWith('status/') || path.endsWith('.revocation.json')) return 'public, max-age=60';
  if (path.endsWith('did.json') || path === 'jwks.json') return 'public, max-age=300';
  return 'public, max-age=3600';
};

/** The verification site's bucket (behind CloudFront in AWS, read directly on the local S3). */
export class S3VerificationSite implements VerificationSite {
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly baseUrl: string;

  constructor(client: S3Client, bucket: string, baseUrl: string) {
    this.#client = client;
    this.#bucket = bucket;
    this.baseUrl = baseUrl;
  }

  async put(path: string, body: Uint8Array | string, contentType: string): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({ Bucket: this.#bucket, Key: path, Body: body, ContentType: contentType, CacheControl: cacheControl(path) }),
    );
  }
}
