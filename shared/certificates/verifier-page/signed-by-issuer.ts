import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { list, member } from './json-reading.ts';
import type { InvalidReason } from './verdict.ts';

export type SignatureCheck = { readonly payload: unknown } | { readonly invalid: InvalidReason } | { readonly broken: 'did-document' };

/** The public key the DID document lists under `kid` for making assertions (signing credentials), if any. */
const assertionKey = (document: unknown, kid: string): JWK | undefined => {
  const asserts = list(member(document, 'assertionMethod')).some((entry) => entry === kid || member(entry, 'id') === kid);
  const method = list(member(document, 'verificationMethod')).find((entry) => member(entry, 'id') === kid);
  const jwk = member(method, 'publicKeyJwk');
  return asserts && typeof jwk === 'object' && jwk !== null ? (jwk as JWK) : undefined;
};

/**
 * Checks a compact JWS against the issuer's DID document: ES256 only, by the key its header's
 * `kid` (`<did>#<keyId>`) names, and answers the payload as parsed JSON. A key the document does
 * not list is refused before any cryptography: a forger can sign with a key of their own and name it.
 */
export const signedByIssuer = async (jwt: string, did: string, document: unknown): Promise<SignatureCheck> => {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return { invalid: 'malformed' };
  }
  if (header.alg !== 'ES256') return { invalid: 'signature' };
  const kid = header.kid;
  const jwk = typeof kid === 'string' && kid.startsWith(`${did}#`) ? assertionKey(document, kid) : undefined;
  if (jwk === undefined) return { invalid: 'unknown-key' };

  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK(jwk, 'ES256');
  } catch {
    return { broken: 'did-document' };
  }
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jwt, key, { algorithms: ['ES256'] }));
  } catch (error) {
    return { invalid: member(error, 'code') === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? 'signature' : 'malformed' };
  }
  try {
    return { payload: JSON.parse(new TextDecoder().decode(payload)) as unknown };
  } catch {
    return { invalid: 'malformed' };
  }
};
