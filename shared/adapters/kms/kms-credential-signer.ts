import { createHash, createPublicKey } from 'node:crypto';
import { GetPublicKeyCommand, type KMSClient, SignCommand } from '@aws-sdk/client-kms';
import type { PublicSigningKey } from '../../certificates/domain/issuer-did.ts';
import { publicSigningKey } from '../../certificates/domain/public-signing-key.ts';
import type { CredentialSigner } from '../../certificates/ports/credential-signer.ts';
import { derToJoseSignature } from './der-to-jose-signature.ts';

/**
 * Signs with an asymmetric KMS key (ECC_NIST_P256, ECDSA_SHA_256): the private key never leaves
 * KMS. The message sent is the SHA-256 digest (`MessageType: DIGEST`), not the signing input:
 * KMS takes at most 4,096 bytes of RAW message, less than a credential with Cyrillic texts or a
 * status list with many revocations can be, and ECDSA_SHA_256 over a digest is the same signature.
 */
export class KmsCredentialSigner implements CredentialSigner {
  readonly #client: KMSClient;
  readonly #keyId: string;
  #publicKey: Promise<PublicSigningKey> | undefined;

  constructor(client: KMSClient, keyId: string) {
    this.#client = client;
    this.#keyId = keyId;
  }

  /** Read from KMS once per container (the key's public half never changes); a failed read is tried again. */
  publicKey(): Promise<PublicSigningKey> {
    this.#publicKey ??= this.#readPublicKey().catch((error: unknown) => {
      this.#publicKey = undefined;
      throw error;
    });
    return this.#publicKey;
  }

  async sign(signingInput: Uint8Array): Promise<Uint8Array> {
    const digest = createHash('sha256').update(signingInput).digest();
    const { Signature } = await this.#client.send(
      new SignCommand({ KeyId: this.#keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    if (Signature === undefined) throw new Error('KMS returned no signature');
    return derToJoseSignature(Signature);
  }

  async #readPublicKey(): Promise<PublicSigningKey> {
    const { PublicKey } = await this.#client.send(new GetPublicKeyCommand({ KeyId: this.#keyId }));
    if (PublicKey === undefined) throw new Error('KMS returned no public key');
    return publicSigningKey(createPublicKey({ key: Buffer.from(PublicKey), format: 'der', type: 'spki' }).export({ format: 'jwk' }));
  }
}
