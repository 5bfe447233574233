import { openBadgeCredential as buildCredential } from '../../../shared/certificates/domain/open-badge-credential.ts';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { exportJWK, generateKeyPair, type CryptoKey, SignJWT } from 'jose';
import { buildVerifierAssets } from '../../../infra/certificates/verifier-assets.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';

/**
 * A verification site on the local S3, made by hand from the certificates design contract (not by
 * the issuing code): an ES256 key, the did:web DID document and JWKS, Bitstring Status Lists,
 * credentials as compact JWTs, revocation dates and the built verifier page, all readable by anyone.
 */

/** Bits in a status list: 131,072 entries, the spec's minimum. */
const STATUS_LIST_BITS = 131_072;

export interface SigningKey {
  readonly keyId: string;
  readonly privateKey: CryptoKey;
}

export interface VerificationSite {
  /** `<endpoint>/<bucket>`, no trailing slash. */
  readonly base: string;
  readonly did: string;
  readonly key: SigningKey;
  /** The page for a certificate id (the verification URL), with a language if given. */
  pageUrl(id?: string, lang?: 'ru' | 'en'): string;
  publish(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
}

export const newSigningKey = async (keyId = 'key-1'): Promise<SigningKey & { readonly publicKey: CryptoKey }> => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { keyId, privateKey, publicKey };
};

/** The did:web of a base URL: the host with its port's colon encoded, then the path segments. */
export const didWebOf = (base: string): string => {
  const url = new URL(base);
  return ['did:web', url.host.replace(':', '%3A'), ...url.pathname.split('/').filter(Boolean)].join(':');
};

/** A compact JWT as the issuer signs one: ES256, kid `<did>#<keyId>`, the credential plus iss/jti/nbf/iat. */
export const signCredentialJwt = (credential: Record<string, unknown>, did: string, key: SigningKey, issuedAt: Date): Promise<string> => {
  const seconds = Math.floor(issuedAt.getTime() / 1000);
  return new SignJWT(credential)
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: `${did}#${key.keyId}` })
    .setIssuer(did)
    .setJti(String(credential['id']))
    .setNotBefore(seconds)
    .setIssuedAt(seconds)
    .sign(key.privateKey);
};

export interface CertificateFacts {
  readonly certificateId: string;
  readonly holderName: string;
  readonly issuedAt: Date;
  readonly statusList: { readonly listId: number; readonly index: number };
  readonly number?: string;
}

/** An OpenBadgeCredential as the issuer builds it (shared/certificates/domain/open-badge-credential.ts), for a ПроКадры finalist. */
export const openBadgeCredential = (site: Pick<VerificationSite, 'base' | 'did'>, facts: CertificateFacts): Record<string, unknown> => {
  const credential = buildCredential({
    certificateId: facts.certificateId,
    number: facts.number ?? 'ПК-2026-000001',
    holderName: facts.holderName,
    holderLanguage: 'ru',
    programmeId: 'prokadry',
    programmeName: { ru: 'ПроКадры', en: 'ProKadry' },
    seasonTitle: { ru: 'Сезон 2026', en: 'Season 2026' },
    achievementId: 'finalist',
    achievementName: { ru: 'Финалист', en: 'Finalist' },
    achievementDescription: { ru: 'Финалист сезона 2026 программы «ПроКадры»', en: 'A finalist of ProKadry’s 2026 season' },
    issuedAt: facts.issuedAt.toISOString(),
    issuerName: { ru: 'ПроКадры', en: 'ProKadry' },
    publicBaseUrl: site.base,
    statusList: facts.statusList,
  });
  if (credential.issuer.id !== site.did) throw new Error(`The site's DID ${site.did} is not the issuer's ${credential.issuer.id}`);
  return credential as unknown as Record<string, unknown>;
};

/** A status list credential with `revoked` set: bit 0 is the most significant bit of byte 0. */
export const statusListJwt = (
  site: Pick<VerificationSite, 'base' | 'did' | 'key'>,
  listId: number,
  revoked: readonly number[],
): Promise<string> => {
  const bits = new Uint8Array(STATUS_LIST_BITS / 8);
  for (const index of revoked) bits[Math.floor(index / 8)]! |= 0x80 >> (index % 8);
  const id = `${site.base}/status/${listId}.jwt`;
  const validFrom = new Date('2026-01-01T00:00:00Z');
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: site.did,
    validFrom: validFrom.toISOString(),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: `u${gzipSync(bits).toString('base64url')}`,
    },
  };
  return signCredentialJwt(credential, site.did, site.key, validFrom);
};

/** A bucket of its own on the local S3 with the DID document, the JWKS and the built verifier page. */
export const createVerificationSite = async (): Promise<VerificationSite & { readonly s3: S3Client }> => {
  const endpoint = requireEnv(ENV.s3Endpoint);
  const s3 = new S3Client({ endpoint, forcePathStyle: true });
  const bucket = `cadre-verification-${randomUUID().slice(0, 8)}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const base = `${endpoint}/${bucket}`;
  const did = didWebOf(base);
  const key = await newSigningKey();
  const publish = async (objectKey: string, body: string | Uint8Array, contentType: string): Promise<void> => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: objectKey, Body: body, ContentType: contentType }));
  };
  const { kty, crv, x, y } = await exportJWK(key.publicKey);
  const jwk = { kty, crv, x, y };
  const method = `${did}#${key.keyId}`;
  const didDocument = JSON.stringify({
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: [{ id: method, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk }],
    assertionMethod: [method],
    authentication: [method],
  });
  await Promise.all([
    publish('did.json', didDocument, 'application/did+json'),
    publish('.well-known/did.json', didDocument, 'application/did+json'),
    publish('jwks.json', JSON.stringify({ keys: [{ ...jwk, kid: key.keyId, alg: 'ES256', use: 'sig' }] }), 'application/json'),
    ...buildVerifierAssets().map((asset) => publish(asset.key, asset.body, asset.contentType)),
  ]);
  return {
    s3,
    base,
    did,
    key,
    publish,
    pageUrl: (id, lang) => {
      const url = new URL(`${base}/verify/index.html`);
      if (id !== undefined) url.searchParams.set('id', id);
      if (lang !== undefined) url.searchParams.set('lang', lang);
      return url.href;
    },
  };
};
