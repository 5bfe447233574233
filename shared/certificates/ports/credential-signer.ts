/**
 * The issuer's signing key. In AWS an asymmetric KMS key (ECC_NIST_P256) signs and the private key
 * never leaves KMS; locally a PKCS#8 key file does. Both give the same ES256 signatures, so what
 * a verifier checks is the same in both.
 */
export interface CredentialSigner {
  /** The public key as a JWK (kty EC, crv P-256, x, y), with the key id credentials name in `kid`. */
  publicKey(): Promise<{ readonly keyId: string; readonly jwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string } }>;
  /** The ES256 signature, JOSE raw r||s (64 bytes), of `signingInput` (the ASCII bytes of `header.payload`). */
  sign(signingInput: Uint8Array): Promise<Uint8Array>;
}
