import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'RS256';
const KEY_FILE = 'signing-key.jwk.json';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  /** The public half as published in the JWKS. */
  readonly publicJwk: JWK;
}

/**
 * The local issuer's RS256 key, created once and kept in `directory`, so that `npm run token`
 * (another process) signs with the key a running `npm start` verifies with. Created with a
 * hard link so two processes starting together agree on one key instead of overwriting each other.
 */
export const loadOrCreateSigningKey = async (directory: string): Promise<SigningKey> => {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const path = join(directory, KEY_FILE);
  const stored = await readStoredKey(path);
  return fromPrivateJwk(stored ?? (await createKey(path)));
};

const readStoredKey = async (path: string): Promise<JWK | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const createKey = async (path: string): Promise<JWK> => {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const candidate = `${path}.${randomUUID()}.tmp`;
  await writeFile(candidate, JSON.stringify({ ...jwk, kid: await calculateJwkThumbprint(jwk), alg: SIGNING_ALGORITHM }), { mode: 0o600 });
  try {
    await link(candidate, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(candidate);
  }
  const stored = await readStoredKey(path);
  if (stored === undefined) throw new Error(`Signing key ${path} vanished while being created`);
  return stored;
};

const fromPrivateJwk = async (jwk: JWK): Promise<SigningKey> => {
  const { kty, n, e, kid } = jwk;
  if (kty !== 'RSA' || n === undefined || e === undefined || kid === undefined)
    throw new Error('The stored signing key is not an RS256 key; delete it to create a new one');
  const privateKey = await importJWK(jwk, SIGNING_ALGORITHM);
  if (privateKey instanceof Uint8Array) throw new Error('The stored signing key is not a private key');
  return { kid, privateKey, publicJwk: { kty, n, e, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
};
