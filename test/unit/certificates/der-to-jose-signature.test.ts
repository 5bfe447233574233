import { createPublicKey, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { verifyCredential } from 'did-jwt-vc';
import fc from 'fast-check';
import { base64url, compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { derToJoseSignature } from '../../../shared/adapters/kms/der-to-jose-signature.ts';
import { issuerDid, issuerDidDocument } from '../../../shared/certificates/domain/issuer-did.ts';
import { openBadgeCredential } from '../../../shared/certificates/domain/open-badge-credential.ts';
import { publicSigningKey } from '../../../shared/certificates/domain/public-signing-key.ts';
import { PUBLISHED_PATHS } from '../../../shared/certificates/domain/published-files.ts';
import { signCredentialJwt } from '../../../shared/certificates/domain/sign-credential-jwt.ts';
import type { CredentialSigner } from '../../../shared/certificates/ports/credential-signer.ts';
import { certificateFacts, PUBLIC_BASE_URL } from './certificate-facts-fixture.ts';
import { publishedDidResolver } from '../../support/published-did-resolver.ts';

/** DER as X.690 writes a non-negative INTEGER: minimal bytes, a 0x00 in front when the top bit is set. */
const derInteger = (value: Uint8Array): number[] => {
  let bytes = [...value];
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.slice(1);
  if ((bytes[0]! & 0x80) !== 0) bytes = [0, ...bytes];
  return [0x02, bytes.length, ...bytes];
};

const derSignature = (r: Uint8Array, s: Uint8Array): Uint8Array => {
  const body = [...derInteger(r), ...derInteger(s)];
  return Uint8Array.from([0x30, body.length, ...body]);
};

/** What KMS hands back: the signature of the message's SHA-256, DER-encoded. */
const signTheKmsWay = (key: KeyObject, message: Uint8Array): Uint8Array =>
  new Uint8Array(sign('sha256', message, { key, dsaEncoding: 'der' }));

/** The INTEGERs' value lengths in a DER signature, leading 0x00 included. */
const integerLengths = (der: Uint8Array): [number, number] => {
  const rLength = der[3]!;
  return [rLength, der[4 + rLength + 1]!];
};

const keys = Array.from({ length: 16 }, () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);

/** A JWS of `message` signed the KMS way (DER), the DER kept to look at. */
const kmsWayJws = (key: KeyObject, message: Uint8Array) => {
  const signingInput = `${base64url.encode(JSON.stringify({ alg: 'ES256' }))}.${base64url.encode(message)}`;
  const der = signTheKmsWay(key, new TextEncoder().encode(signingInput));
  return { der, jws: (convert: (der: Uint8Array) => Uint8Array) => `${signingInput}.${base64url.encode(convert(der))}` };
};

/** Checks a converted signature the way any JOSE library does: jose verifies the JWS. */
const joseAccepts = async (key: KeyObject, jws: string): Promise<boolean> =>
  compactVerify(jws, createPublicKey(key)).then(
    () => true,
    () => false,
  );

describe('a DER ECDSA signature as JOSE’s r||s', () => {
  it('is r then s, each left-padded to 32 bytes, whatever their length in DER', () => {
    const thirtyTwo = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const withLeadingZeros = fc
      .tuple(thirtyTwo, fc.nat({ max: 31 }))
      .map(([bytes, zeros]) => Uint8Array.from(bytes, (byte, i) => (i < zeros ? 0 : byte)))
      .filter((bytes) => bytes.some((byte) => byte !== 0));
    fc.assert(
      fc.property(withLeadingZeros, withLeadingZeros, (r, s) => {
        expect([...derToJoseSignature(derSignature(r, s))]).toEqual([...r, ...s]);
      }),
      { numRuns: 2000 },
    );
  });

  it('verifies with jose for signatures made the KMS way, over many keys and messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: keys.length - 1 }), fc.uint8Array({ maxLength: 600 }), async (keyIndex, message) => {
        const key = keys[keyIndex]!;
        expect(await joseAccepts(key, kmsWayJws(key, message).jws(derToJoseSignature))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('verifies for real signatures whose r or s is short, or has DER’s leading zero byte', async () => {
    const key = keys[0]!;
    const seen = { shortR: false, shortS: false, paddedR: false, paddedS: false };
    // Each case turns up about once in 2 (padded) or 256 (short) signatures: 50,000 tries never miss one.
    for (let tries = 0; tries < 50_000 && !Object.values(seen).every(Boolean); tries += 1) {
      const { der, jws } = kmsWayJws(key, randomBytes(32));
      const [r, s] = integerLengths(der);
      const cases = { shortR: r < 32, shortS: s < 32, paddedR: r === 33, paddedS: s === 33 };
      const newCase = (Object.keys(cases) as (keyof typeof cases)[]).filter((name) => cases[name] && !seen[name]);
      if (newCase.length === 0) continue;
      expect(derToJoseSignature(der).length).toBe(64);
      expect(await joseAccepts(key, jws(derToJoseSignature))).toBe(true);
      for (const name of newCase) seen[name] = true;
    }
    expect(seen).toEqual({ shortR: true, shortS: true, paddedR: true, paddedS: true });
  });

  it('refuses what is not a DER P-256 signature', () => {
    const r = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
    const valid = derSignature(r, r);
    const malformed = [
      new Uint8Array(),
      Uint8Array.from([0x31, ...valid.subarray(1)]),
      Uint8Array.from([0x30, valid[1]! + 1, ...valid.subarray(2)]),
      Uint8Array.from([...valid, 0x00]),
      Uint8Array.from([0x30, 6, 0x02, 1, 0x80, 0x02, 1, 0x01]),
      Uint8Array.from([0x30, 6, 0x02, 1, 0x00, 0x02, 1, 0x01]),
      derSignature(
        Uint8Array.from({ length: 33 }, () => 0x11),
        r,
      ),
      Uint8Array.from([0x30, 3, 0x02, 1, 0x01]),
    ];
    for (const der of malformed) expect(() => derToJoseSignature(der)).toThrow(/Not a DER ECDSA P-256 signature/);
  });
});

describe('a credential signed the KMS way', () => {
  it('verifies with did-jwt-vc from the published DID document', async () => {
    const key = keys[1]!;
    const kmsWay: CredentialSigner = {
      publicKey: () => publicSigningKey(createPublicKey(key).export({ format: 'jwk' })),
      sign: async (signingInput) => derToJoseSignature(signTheKmsWay(key, signingInput)),
    };
    const did = issuerDid(PUBLIC_BASE_URL);
    const document = issuerDidDocument(did, [await kmsWay.publicKey()]);
    const files = new Map(PUBLISHED_PATHS.didDocuments.map((path) => [`${PUBLIC_BASE_URL}/${path}`, document]));
    for (const holderName of ['Анна Сергеевна Петрова', 'Ivan Ivanov', 'Мария-Луиза Д’Арк-Оглы']) {
      const jwt = await signCredentialJwt(openBadgeCredential(certificateFacts({ holderName })), kmsWay);
      const verified = await verifyCredential(jwt, publishedDidResolver(files), {
        policies: { format: false },
        proofPurpose: 'assertionMethod',
      });
      expect(verified.verified).toBe(true);
    }
  });
});
