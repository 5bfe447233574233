import { DeleteObjectsCommand, ListObjectVersionsCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { PUBLISHED_PATHS } from '../../certificates/domain/published-files.ts';
import { CERTIFICATE_FILE_PREFIX } from '../../certificates/domain/certificate-file-objects.ts';
import { UPLOAD_OBJECT_PREFIX, VERIFIED_OBJECT_PREFIX } from '../../documents/domain/upload/object-key.ts';
import type { ErasedCounts } from '../../erasure/domain/erasure-steps.ts';
import type { PersonalObjects } from '../../erasure/ports/personal-objects.ts';
import type { ErasureSubject } from '../../erasure/ports/personal-records.ts';

/** DeleteObjects takes 1,000 keys a request. */
const DELETE_LIMIT = 1000;

interface ObjectVersion {
  readonly Key: string;
  readonly VersionId?: string;
}

/** A store that keeps no versions (s3rver, some S3-compatible stores) answers the versions listing so. */
const versionsUnsupported = (error: unknown): boolean =>
  error instanceof Error && ['NotImplemented', 'MethodNotAllowed', 'InvalidRequest'].includes(error.name);

/**
 * The person's files, every version of each: the documents bucket's upload and verified prefixes of
 * their applications, their certificates' and letters' PDFs, and the verification site's published
 * credentials (a signed credential names the holder). The buckets are versioned in AWS, so a plain
 * delete would only hide an object behind a delete marker: every version and every marker of every
 * key under the prefix is deleted by its version id. A store that keeps no versions lists none, or
 * refuses the listing; then the current objects are deleted, which is all it holds.
 */
export class S3PersonalObjects implements PersonalObjects {
  readonly #client: S3Client;
  readonly #documentsBucket: string;
  readonly #verificationBucket: string;

  constructor(client: S3Client, buckets: { readonly documents: string; readonly verification: string }) {
    this.#client = client;
    this.#documentsBucket = buckets.documents;
    this.#verificationBucket = buckets.verification;
  }

  async erase(person: ErasureSubject): Promise<ErasedCounts> {
    let documentObjects = 0;
    let certificateFiles = 0;
    for (const applicationId of person.applicationIds) {
      documentObjects += await this.#eraseUnder(this.#documentsBucket, `${UPLOAD_OBJECT_PREFIX}${applicationId}/`);
      documentObjects += await this.#eraseUnder(this.#documentsBucket, `${VERIFIED_OBJECT_PREFIX}${applicationId}/`);
      certificateFiles += await this.#eraseUnder(this.#documentsBucket, `${CERTIFICATE_FILE_PREFIX}letters/${applicationId}.pdf`);
    }
    for (const certificateId of person.certificateIds) {
      certificateFiles += await this.#eraseUnder(this.#documentsBucket, `${CERTIFICATE_FILE_PREFIX}${certificateId}.pdf`);
      certificateFiles += await this.#eraseUnder(this.#verificationBucket, PUBLISHED_PATHS.credential(certificateId));
      certificateFiles += await this.#eraseUnder(this.#verificationBucket, PUBLISHED_PATHS.revocation(certificateId));
    }
    return { documentObjects, certificateFiles };
  }

  /** Deletes every version under the prefix (a whole key is its own prefix); answers how many keys were there. */
  async #eraseUnder(bucket: string, prefix: string): Promise<number> {
    const keys = new Set<string>();
    let versions: ObjectVersion[];
    try {
      versions = await this.#versions(bucket, prefix);
    } catch (error) {
      if (!versionsUnsupported(error)) throw error;
      versions = await this.#currentObjects(bucket, prefix);
    }
    // A store without versions may answer the versions listing with its objects and no version ids, or with nothing.
    if (versions.length === 0) versions = await this.#currentObjects(bucket, prefix);
    for (const version of versions) keys.add(version.Key);
    for (let offset = 0; offset < versions.length; offset += DELETE_LIMIT) {
      const { Errors = [] } = await this.#client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: {
            Objects: versions.slice(offset, offset + DELETE_LIMIT).map((version) => ({
              Key: version.Key,
              ...(version.VersionId === undefined || version.VersionId === 'null' ? {} : { VersionId: version.VersionId }),
            })),
            Quiet: true,
          },
        }),
      );
      if (Errors.length > 0) throw new Error(`S3 refused to delete ${Errors.length} object versions (${Errors[0]?.Code ?? 'unknown'})`);
    }
    return keys.size;
  }

  async #versions(bucket: string, prefix: string): Promise<ObjectVersion[]> {
    const versions: ObjectVersion[] = [];
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const page = await this.#client.send(
        new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }),
      );
      for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
        if (entry.Key !== undefined)
          versions.push({ Key: entry.Key, ...(entry.VersionId === undefined ? {} : { VersionId: entry.VersionId }) });
      }
      keyMarker = page.IsTruncated === true ? page.NextKeyMarker : undefined;
      versionIdMarker = page.IsTruncated === true ? page.NextVersionIdMarker : undefined;
    } while (keyMarker !== undefined);
    return versions;
  }

  async #currentObjects(bucket: string, prefix: string): Promise<ObjectVersion[]> {
    const objects: ObjectVersion[] = [];
    let token: string | undefined;
    do {
      const page = await this.#client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key !== undefined) objects.push({ Key: object.Key });
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return objects;
  }
}
