import type { ReleaseExport } from '../release-export-schema.ts';

/** Push exports' records: created once, then only their downloads counted. */
export interface ReleaseExports {
  /** `expiresAt`: when the table may drop the record (after its link and file). */
  create(record: ReleaseExport, expiresAt: Date): Promise<void>;
  find(exportId: string): Promise<ReleaseExport | undefined>;
  recordDownload(exportId: string, at: string): Promise<void>;
}

/** Push exports' files in the documents bucket, under their own prefix, deleted by the bucket's lifecycle. */
export interface ReleaseExportFiles {
  put(request: { readonly key: string; readonly body: string; readonly contentType: string }): Promise<void>;
  /** A short-lived presigned GET of the file, named for the person who saves it. */
  downloadUrl(request: {
    readonly key: string;
    readonly fileName: string;
    readonly contentType: string;
    readonly expiresInSeconds: number;
  }): Promise<string>;
}
