import { base64url } from 'jose';
import type { CredentialSigner } from '../ports/credential-signer.ts';
import { verificationMethodId } from './issuer-did.ts';

/** What signing needs to know of a credential: the rest of it is signed as it is. */
export interface SignableCredential {
  readonly id: string;
  readonly issuer: string | { readonly id: string };
  readonly validFrom: string;
}

const issuerId = (credential: SignableCredential): string =>
  typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;

/**
 * The JOSE header (Open Badges 3.0 §8.2, "Create the JOSE Header": `alg`, `kid`, `jwk`, `typ` "JWT",
 * nothing else): `kid` names the verification method in the issuer's DID document, which a verifier
 * dereferences to the public key.
 */
export const credentialJwtHeader = (did: string, keyId: string) =>
  ({ alg: 'ES256', typ: 'JWT', kid: verificationMethodId(did, keyId) }) as const;

/**
 * The registered claims beside the credential in the payload (§8.2: the payload is the credential
 * itself, no `vc` wrapper): `iss` the issuer's id, `jti` the credential's id, `nbf` its validFrom,
 * and `iat` the same, since a certificate is signed when it is issued. No `sub`: holders have no
 * id (`credentialSubject.id`) for it to repeat.
 */
export const registeredClaims = (credential: SignableCredential) => {
  const seconds = Date.parse(credential.validFrom) / 1000;
  if (!Number.isInteger(seconds))
    throw new Error(`A signed credential's validFrom is a time in whole seconds, got ${credential.validFrom}`);
  return { iss: issuerId(credential), jti: credential.id, nbf: seconds, iat: seconds };
};

/**
 * The credential as a compact JWS (ES256), signed by the issuer's key through the port: the bytes
 * signed are the ASCII of `base64url(header).base64url(payload)`, and the signature is JOSE's raw
 * r||s, which the port returns whatever the key's home (KMS or a file).
 */
export const signCredentialJwt = async (credential: SignableCredential, signer: CredentialSigner): Promise<string> => {
  const { keyId } = await signer.publicKey();
  const header = credentialJwtHeader(issuerId(credential), keyId);
  const payload = { ...credential, ...registeredClaims(credential) };
  const signingInput = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}`;
  const signature = await signer.sign(new TextEncoder().encode(signingInput));
  if (signature.length !== 64) throw new Error(`An ES256 signature is 64 bytes, the signer gave ${signature.length}`);
  return `${signingInput}.${base64url.encode(signature)}`;
};
