import { calculateJwkThumbprint } from 'jose';
import type { PublicSigningKey } from './issuer-did.ts';

/**
 * The signing key as credentials name it: its public JWK cut to the members that define it, and
 * its RFC 7638 SHA-256 thumbprint as the key id. The thumbprint depends only on the key, so the
 * same key has the same id wherever it is read (KMS or the key file) and a new key a new id.
 */
export const publicSigningKey = async (jwk: {
  readonly kty?: string;
  readonly crv?: string;
  readonly x?: string;
  readonly y?: string;
}): Promise<PublicSigningKey> => {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new Error('The certificates signing key must be an ECDSA P-256 key');
  }
  const publicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } as const;
  return { keyId: await calculateJwkThumbprint(publicJwk, 'sha256'), jwk: publicJwk };
};
