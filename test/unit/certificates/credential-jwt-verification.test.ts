import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bitstring } from '@digitalbazaar/bitstring';
import { verifyCredential } from 'did-jwt-vc';
import { base64url, createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalKeyCredentialSigner } from '../../../shared/adapters/local-key/local-key-credential-signer.ts';
import { issuerDid, issuerDidDocument, issuerJwks } from '../../../shared/certificates/domain/issuer-did.ts';
import { openBadgeCredential } from '../../../shared/certificates/domain/open-badge-credential.ts';
import { PUBLISHED_PATHS } from '../../../shared/certificates/domain/published-files.ts';
import { signCredentialJwt } from '../../../shared/certificates/domain/sign-credential-jwt.ts';
import { emptyStatusList, encodeStatusList, withStatusBit } from '../../../shared/certificates/domain/status-list.ts';
import { bitstringStatusListCredential } from '../../../shared/certificates/domain/status-list-credential.ts';
import { openBadgeCredentialJwtPayloadSchema } from '../../../shared/certificates/open-badge-credential-schema.ts';
import type { CredentialSigner } from '../../../shared/certificates/ports/credential-signer.ts';
import { bitstringStatusListJwtPayloadSchema } from '../../../shared/certificates/status-list-credential-schema.ts';
import { certificateFacts, PUBLIC_BASE_URL } from './certificate-facts-fixture.ts';
import { publishedDidResolver } from '../../support/published-did-resolver.ts';

const did = issuerDid(PUBLIC_BASE_URL);

/** The files the issuer publishes for its key: the DID document (both places) and the JWKS. */
const publishedFiles = async (signer: CredentialSigner): Promise<Map<string, unknown>> => {
  const key = await signer.publicKey();
  const document = issuerDidDocument(did, [key]);
  return new Map<string, unknown>([
    ...PUBLISHED_PATHS.didDocuments.map((path) => [`${PUBLIC_BASE_URL}/${path}`, document] as const),
    [`${PUBLIC_BASE_URL}/${PUBLISHED_PATHS.jwks}`, issuerJwks(did, [key])],
  ]);
};

/** The verification an outsider runs: did-jwt-vc, the DID resolved from the published files alone. */
const verify = async (jwt: string, files: ReadonlyMap<string, unknown>) =>
  verifyCredential(jwt, publishedDidResolver(files), { policies: { format: false }, proofPurpose: 'assertionMethod' });

const withPayload = (jwt: string, change: (payload: Record<string, unknown>) => Record<string, unknown>): string => {
  const [header, , signature] = jwt.split('.');
  return `${header}.${base64url.encode(JSON.stringify(change(decodeJwt(jwt))))}.${signature}`;
};

const withSignatureBitFlipped = (jwt: string): string => {
  const [header, payload, signature] = jwt.split('.');
  const bytes = base64url.decode(signature!);
  bytes[10] = bytes[10]! ^ 0x01;
  return `${header}.${payload}.${base64url.encode(bytes)}`;
};

let directory: string;
let signer: LocalKeyCredentialSigner;
let files: Map<string, unknown>;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-credential-'));
  signer = new LocalKeyCredentialSigner(join(directory, 'keys', 'issuer.pem'));
  files = await publishedFiles(signer);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('a certificate’s credential, signed with the issuer’s key', () => {
  it('verifies with did-jwt-vc from the published DID document alone, by the key its header names', async () => {
    const jwt = await signCredentialJwt(openBadgeCredential(certificateFacts()), signer);
    const verified = await verify(jwt, files);
    const header = decodeProtectedHeader(jwt);
    expect(verified.verified).toBe(true);
    expect(verified.issuer).toBe(did);
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT', kid: `${did}#${(await signer.publicKey()).keyId}` });
    expect(verified.signer.id).toBe(header.kid);
    const payload = openBadgeCredentialJwtPayloadSchema.parse(verified.payload);
    expect(payload.credentialSubject.identifier[0]?.identityHash).toBe('Анна Сергеевна Петрова');
    expect(payload).not.toHaveProperty('vc');
  });

  it('verifies with a plain JWKS client (jose), which finds the key by the header’s kid', async () => {
    const jwt = await signCredentialJwt(openBadgeCredential(certificateFacts()), signer);
    const jwks = files.get(`${PUBLIC_BASE_URL}/${PUBLISHED_PATHS.jwks}`) as JSONWebKeySet;
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), { algorithms: ['ES256'], issuer: did });
    expect(payload.jti).toBe('urn:uuid:6f1c2a4e-8b3d-4c7a-9e15-2d7f0b9a3c61');
  });

  it('fails once its payload is changed', async () => {
    const jwt = await signCredentialJwt(openBadgeCredential(certificateFacts()), signer);
    const forged = withPayload(jwt, (payload) => ({ ...payload, name: 'Победитель — Кадры будущего' }));
    await expect(verify(forged, files)).rejects.toThrow(/invalid_signature/);
  });

  it('fails once its signature is changed', async () => {
    const jwt = await signCredentialJwt(openBadgeCredential(certificateFacts()), signer);
    await expect(verify(withSignatureBitFlipped(jwt), files)).rejects.toThrow(/invalid_signature/);
  });

  it('fails when another key signed it, however well formed', async () => {
    const stranger = new LocalKeyCredentialSigner(join(directory, 'stranger.pem'));
    const jwt = await signCredentialJwt(openBadgeCredential(certificateFacts()), stranger);
    await expect(verify(jwt, files)).rejects.toThrow(/invalid_signature/);
    // The stranger's own published files would vouch for it: it is the issuer's DID that does not.
    await expect(verify(jwt, await publishedFiles(stranger))).resolves.toMatchObject({ verified: true });
  });
});

describe('a status list credential, signed the same way', () => {
  it('verifies from the published DID document, and the entry revoked reads as revoked', async () => {
    const revokedIndex = certificateFacts().statusList.index;
    const encodedList = encodeStatusList(withStatusBit(emptyStatusList(), revokedIndex));
    const jwt = await signCredentialJwt(
      bitstringStatusListCredential({ publicBaseUrl: PUBLIC_BASE_URL, listId: 1, encodedList, publishedAt: '2026-09-01T12:00:00Z' }),
      signer,
    );
    const verified = await verify(jwt, files);
    const list = bitstringStatusListJwtPayloadSchema.parse(verified.payload);
    const bits = new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: list.credentialSubject.encodedList.slice(1) }) });
    expect([bits.get(revokedIndex), bits.get(revokedIndex + 1)]).toEqual([true, false]);
    await expect(
      verify(
        withPayload(jwt, (payload) => ({ ...payload, validFrom: '2026-09-02T12:00:00Z' })),
        files,
      ),
    ).rejects.toThrow(/invalid_signature/);
  });
});
