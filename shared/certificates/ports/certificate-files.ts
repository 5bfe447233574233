/** Certificates' and letters' PDFs: private (they name the holder), reached only through short-lived links. */
export interface CertificateFiles {
  put(request: { readonly key: string; readonly body: Uint8Array }): Promise<void>;
  exists(key: string): Promise<boolean>;
  downloadUrl(request: { readonly key: string; readonly fileName: string; readonly expiresInSeconds: number }): Promise<string>;
}
