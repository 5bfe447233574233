/**
 * The static verification site (a public bucket: CloudFront in AWS, the local S3 locally): what is
 * put here is all anyone needs to check a certificate, with cadre's API stopped.
 */
export interface VerificationSite {
  /** The site's public base URL, no trailing slash: the issuer's did:web and every published URL derive from it. */
  readonly baseUrl: string;
  /** Puts one file at `path` under the base, replacing what was there. */
  put(path: string, body: Uint8Array | string, contentType: string): Promise<void>;
}
