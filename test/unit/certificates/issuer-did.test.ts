import { describe, expect, it } from 'vitest';
import { didDocumentUrl, issuerDid, issuerDidDocument, issuerJwks } from '../../../shared/certificates/domain/issuer-did.ts';
import { PUBLISHED_PATHS } from '../../../shared/certificates/domain/published-files.ts';
import { credentialJwtHeader } from '../../../shared/certificates/domain/sign-credential-jwt.ts';
import { didWebDocumentUrl } from '../../support/published-did-resolver.ts';

const key = {
  keyId: 'pQ3-jIyxQ9kQ4C3WiUx1bJ9rZ8GqYd1mJ8U0wW2vJ6c',
  jwk: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
} as const;

describe('the issuer’s did:web', () => {
  it('is the host, its port as %3A, then each path segment', () => {
    expect(issuerDid('http://127.0.0.1:4569/cadre-verification')).toBe('did:web:127.0.0.1%3A4569:cadre-verification');
    expect(issuerDid('https://example.com:3000/user/alice')).toBe('did:web:example.com%3A3000:user:alice');
    expect(issuerDid('https://verify.cadre.example')).toBe('did:web:verify.cadre.example');
  });

  it('names the URL a did:web resolver reads, and the issuer publishes its DID document there', () => {
    for (const base of [
      'https://verify.cadre.example',
      'https://files.cadre.example/verification',
      'https://example.com:3000/user/alice',
    ]) {
      const resolverReads = didWebDocumentUrl(issuerDid(base));
      expect(didDocumentUrl(base)).toBe(resolverReads);
      expect(PUBLISHED_PATHS.didDocuments.map((path) => `${base}/${path}`)).toContain(resolverReads);
    }
    expect(didDocumentUrl('https://example.com:3000/user/alice')).toBe('https://example.com:3000/user/alice/did.json');
    expect(didDocumentUrl('https://verify.cadre.example')).toBe('https://verify.cadre.example/.well-known/did.json');
  });

  it('refuses a base URL no DID can name the published files by', () => {
    for (const base of [
      'https://verify.cadre.example/',
      'https://verify.cadre.example/v?x=1',
      'https://verify.cadre.example#top',
      'ftp://verify.cadre.example',
      'http://[::1]:4569/b',
    ]) {
      expect(() => issuerDid(base)).toThrow();
    }
  });
});

describe('the published keys', () => {
  const did = issuerDid('https://files.cadre.example/verification');

  it('are in the DID document as JsonWebKey2020 methods for assertions, under the id the JOSE header names', () => {
    const document = issuerDidDocument(did, [key]);
    const kid = credentialJwtHeader(did, key.keyId).kid;
    expect(document['@context']).toEqual(['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1']);
    expect(document.id).toBe(did);
    expect(document.verificationMethod).toEqual([{ id: kid, type: 'JsonWebKey2020', controller: did, publicKeyJwk: key.jwk }]);
    expect(document.assertionMethod).toEqual([kid]);
    expect(document.authentication).toEqual([kid]);
  });

  it('are in the JWKS under the same kid, as ES256 signing keys, with no private member', () => {
    const jwks = issuerJwks(did, [key]);
    expect(jwks.keys).toEqual([{ ...key.jwk, kid: credentialJwtHeader(did, key.keyId).kid, alg: 'ES256', use: 'sig' }]);
    expect(JSON.stringify(jwks)).not.toContain('"d"');
  });

  it('keep an older key beside the new one, so certificates it signed still verify', () => {
    const older = { ...key, keyId: 'older-key' };
    expect(issuerDidDocument(did, [key, older]).assertionMethod).toEqual([`${did}#${key.keyId}`, `${did}#older-key`]);
    expect(issuerJwks(did, [key, older]).keys.map((jwk) => jwk.kid)).toEqual([`${did}#${key.keyId}`, `${did}#older-key`]);
  });
});
