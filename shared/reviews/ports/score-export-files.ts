/**
 * An export's objects in the bucket: the part objects pages write, the one multipart upload that
 * joins them into the file, and the short-lived link staff download it with.
 */
export interface ScoreExportFiles {
  putPart(key: string, body: string): Promise<void>;
  /** A part object's text; undefined if it is gone (expired before the file was assembled). */
  readPart(key: string): Promise<string | undefined>;
  startUpload(key: string): Promise<string>;
  /** Uploading the same part number again replaces it, so a retried step repeats harmlessly. */
  uploadPart(request: {
    readonly key: string;
    readonly uploadId: string;
    readonly partNumber: number;
    readonly body: Uint8Array;
  }): Promise<string>;
  completeUpload(request: {
    readonly key: string;
    readonly uploadId: string;
    readonly parts: readonly { readonly partNumber: number; readonly etag: string }[];
  }): Promise<void>;
  downloadUrl(request: { readonly key: string; readonly fileName: string; readonly expiresInSeconds: number }): Promise<string>;
}
