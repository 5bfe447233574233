import type { CredentialSigner } from '../ports/credential-signer.ts';

export type PublicSigningKey = Awaited<ReturnType<CredentialSigner['publicKey']>>;

/** What DID Core allows in each `:`-separated part of a method-specific id. */
const DID_ID_PART = /^(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+$/;

/**
 * The public base URL of the verification site, checked: the DID and every published file are
 * derived from it, so a base that would give a DID other than the one the files are served under
 * (a query, a fragment, a trailing slash, credentials in the URL) is a configuration error.
 */
const parsedBase = (publicBaseUrl: string): URL => {
  const url = new URL(publicBaseUrl);
  const problem =
    url.protocol !== 'https:' && url.protocol !== 'http:'
      ? 'must be http or https'
      : url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== ''
        ? 'must have no query, fragment or credentials'
        : publicBaseUrl.endsWith('/')
          ? 'must not end with a slash'
          : undefined;
  if (problem !== undefined) throw new Error(`The certificates' public base URL ${problem}: ${publicBaseUrl}`);
  return url;
};

/**
 * The issuer's did:web, derived from where its DID document is published: the host (a port's `:`
 * percent-encoded as `%3A`), then each path segment after a `:`. Anyone can resolve it without
 * asking cadre's API, which is what lets a certificate be checked with no call to us.
 */
export const issuerDid = (publicBaseUrl: string): string => {
  const url = parsedBase(publicBaseUrl);
  const host = url.port === '' ? url.hostname : `${url.hostname}%3A${url.port}`;
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  const parts = [host, ...segments];
  if (!parts.every((part) => DID_ID_PART.test(part))) throw new Error(`No did:web can name ${publicBaseUrl}`);
  return `did:web:${parts.join(':')}`;
};

/**
 * Where a did:web resolver reads the DID document: `<base>/did.json` when the DID has a path,
 * `<base>/.well-known/did.json` when it is a bare host. (did:web resolves over https only: a
 * local http base is read by our own verifier page, which fetches this URL as it is.)
 */
export const didDocumentUrl = (publicBaseUrl: string): string =>
  parsedBase(publicBaseUrl).pathname === '/' ? `${publicBaseUrl}/.well-known/did.json` : `${publicBaseUrl}/did.json`;

/** The id of a key's verification method: what a credential's JOSE header names in `kid`. */
export const verificationMethodId = (did: string, keyId: string): string => `${did}#${keyId}`;

/**
 * The DID document: every key that has signed credentials still in circulation, newest first, as
 * JsonWebKey2020 verification methods, each usable for assertions (credentials) and authentication.
 */
export const issuerDidDocument = (did: string, keys: readonly PublicSigningKey[]) => {
  const ids = keys.map((key) => verificationMethodId(did, key.keyId));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: keys.map((key) => ({
      id: verificationMethodId(did, key.keyId),
      type: 'JsonWebKey2020',
      controller: did,
      publicKeyJwk: { ...key.jwk },
    })),
    assertionMethod: ids,
    authentication: ids,
  };
};

/**
 * The same keys as a JWK Set. Each key's `kid` is the full verification method id, the very string
 * a credential's header carries, so a plain JWKS client (jose's `createRemoteJWKSet`) finds the key
 * by the header's `kid` without knowing anything about DIDs.
 */
export const issuerJwks = (did: string, keys: readonly PublicSigningKey[]) => ({
  keys: keys.map((key) => ({ ...key.jwk, kid: verificationMethodId(did, key.keyId), alg: 'ES256', use: 'sig' })),
});
