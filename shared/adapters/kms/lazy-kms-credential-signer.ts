import type { CredentialSigner } from '../../certificates/ports/credential-signer.ts';
import { once } from '../../platform/wiring/once.ts';

/**
 * The KMS signer for a function most of whose routes never sign: the adapter and the KMS client
 * load at the first signature or public-key read, in a chunk of their own, not at cold start; the
 * key's id is read then too.
 */
export const lazyKmsCredentialSigner = (keyId: () => string): CredentialSigner => {
  const signer = once(async () => {
    const [{ KmsCredentialSigner }, { kmsClient }] = await Promise.all([import('./kms-credential-signer.ts'), import('./kms-client.ts')]);
    return new KmsCredentialSigner(kmsClient(), keyId());
  });
  return {
    publicKey: async () => (await signer()).publicKey(),
    sign: async (signingInput) => (await signer()).sign(signingInput),
  };
};
