import type { ByteSource } from '../domain/verification/byte-source.ts';

/** One version of a stored object: what confirmation verified is what downloads serve. */
export interface StoredObject {
  readonly key: string;
  readonly size: number;
  /** Set where the bucket is versioned (AWS); a re-used upload form cannot swap verified bytes. */
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
  /** Removes that version for good (not just hiding it behind a delete marker). */
  delete(object: StoredObject): Promise<void>;
  downloadUrl(request: DownloadLinkRequest): Promise<string>;
}
