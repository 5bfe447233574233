import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PublicSigningKey } from '../../certificates/domain/issuer-did.ts';
import { publicSigningKey } from '../../certificates/domain/public-signing-key.ts';
import type { CredentialSigner } from '../../certificates/ports/credential-signer.ts';

const isErrorCode = (error: unknown, code: string): boolean => error instanceof Error && (error as NodeJS.ErrnoException).code === code;

const p256Key = (pem: string, keyFile: string): KeyObject => {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`${keyFile} must hold an ECDSA P-256 private key`);
  }
  return key;
};

/**
 * Signs with a P-256 private key kept in a PKCS#8 PEM file, where there is no KMS (the local cloud,
 * tests). The file is made at the first use if absent (readable by its owner only) and kept, so
 * certificates issued earlier still verify after a restart. Two processes starting together both
 * end up with the first one's key: the key is written whole to a temporary file and linked into
 * place, which fails if the file exists, so no one ever reads half a key or replaces another's.
 */
export class LocalKeyCredentialSigner implements CredentialSigner {
  readonly #keyFile: string;
  #key: Promise<KeyObject> | undefined;

  constructor(keyFile: string) {
    this.#keyFile = keyFile;
  }

  async publicKey(): Promise<PublicSigningKey> {
    return publicSigningKey(createPublicKey(await this.#privateKey()).export({ format: 'jwk' }));
  }

  async sign(signingInput: Uint8Array): Promise<Uint8Array> {
    // ieee-p1363 is JOSE's r||s, 32 bytes each: nothing to convert.
    return new Uint8Array(sign('sha256', signingInput, { key: await this.#privateKey(), dsaEncoding: 'ieee-p1363' }));
  }

  #privateKey(): Promise<KeyObject> {
    this.#key ??= this.#load().catch((error: unknown) => {
      this.#key = undefined;
      throw error;
    });
    return this.#key;
  }

  async #load(): Promise<KeyObject> {
    try {
      return p256Key(await readFile(this.#keyFile, 'utf8'), this.#keyFile);
    } catch (error) {
      if (!isErrorCode(error, 'ENOENT')) throw error;
    }
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await mkdir(dirname(this.#keyFile), { recursive: true, mode: 0o700 });
    const written = `${this.#keyFile}.${randomUUID()}.tmp`;
    await writeFile(written, pem, { mode: 0o600, flag: 'wx' });
    try {
      await link(written, this.#keyFile);
      return p256Key(pem, this.#keyFile);
    } catch (error) {
      if (!isErrorCode(error, 'EEXIST')) throw error;
      return p256Key(await readFile(this.#keyFile, 'utf8'), this.#keyFile);
    } finally {
      await rm(written, { force: true });
    }
  }
}
