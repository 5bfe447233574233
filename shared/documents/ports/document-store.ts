import type { ByteSource } from '../domain/verification/byte-source.ts';

/** One version of a stored object: what confirmation verified is what downloads serve. */
export interface StoredObject {
  readonly key: string;
  readonly size: number;
  /** Set where the bucket is versioned (AWS): reads and copies of the object get exactly these bytes. */
  readonly versionId?: string | undefined;
}

export interface UploadFormRequest {
  readonly key: string;
  readonly keyPrefix: string;
  readonly contentType: string;
  readonly maxBytes: number;
  readonly expiresInSeconds: number;
}

/** A presigned POST: the browser posts `fields` and then the file, as multipart form data, to `url`. */
export interface UploadForm {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

export interface DownloadLinkRequest {
  readonly object: StoredObject;
  readonly fileName: string;
  readonly contentType: string;
  readonly expiresInSeconds: number;
}

/** Where document files live (S3 in AWS, s3rver locally, an S3-compatible store in-country). */
export interface DocumentStore {
  uploadForm(request: UploadFormRequest): Promise<UploadForm>;
  /** The current version of the object, or undefined when nothing was uploaded under the key. */
  stat(key: string): Promise<StoredObject | undefined>;
  /** Ranged reads of exactly that version. */
  open(object: StoredObject): ByteSource;
  /**
   * A server-side copy of exactly that version to `key` (the bytes never pass through the
   * function); the copy, or undefined when that version no longer exists.
   */
  copy(object: StoredObject, key: string): Promise<StoredObject | undefined>;
  /** Removes that version for good (not just hiding it behind a delete marker). */
  delete(object: StoredObject): Promise<void>;
  downloadUrl(request: DownloadLinkRequest): Promise<string>;
}
