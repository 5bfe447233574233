import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalKeyCredentialSigner } from '../../../shared/adapters/local-key/local-key-credential-signer.ts';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-local-key-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the local key file signer', () => {
  it('makes a P-256 key file readable by its owner only, in a folder it makes, at the first use', async () => {
    const keyFile = join(directory, 'new', 'nested', 'issuer.pem');
    const { keyId, jwk } = await new LocalKeyCredentialSigner(keyFile).publicKey();
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(Object.keys(jwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(keyId).toBe(await calculateJwkThumbprint(jwk));
  });

  it('keeps the key: another signer on the same file, later, has the same key id', async () => {
    const keyFile = join(directory, 'kept.pem');
    const first = await new LocalKeyCredentialSigner(keyFile).publicKey();
    expect(await new LocalKeyCredentialSigner(keyFile).publicKey()).toEqual(first);
  });

  it('gives two signers starting together on a new file one key', async () => {
    const keyFile = join(directory, 'race', 'issuer.pem');
    const keys = await Promise.all(Array.from({ length: 5 }, () => new LocalKeyCredentialSigner(keyFile).publicKey()));
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(1);
  });

  it('signs with ES256 as JOSE expects it: 64 bytes of r||s that the public key verifies', async () => {
    const signer = new LocalKeyCredentialSigner(join(directory, 'signing.pem'));
    const message = new TextEncoder().encode('eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJkaWQ6d2ViOmV4YW1wbGUuY29tIn0');
    const signature = await signer.sign(message);
    expect(signature.length).toBe(64);
    const publicKey = createPublicKey({ key: (await signer.publicKey()).jwk, format: 'jwk' });
    expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
  });

  it('refuses a key file holding another kind of key', async () => {
    const keyFile = join(directory, 'rsa.pem');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    await writeFile(keyFile, rsa, { mode: 0o600 });
    await expect(new LocalKeyCredentialSigner(keyFile).publicKey()).rejects.toThrow(/P-256/);
  });
});
