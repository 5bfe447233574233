import type { CredentialSigner } from '../../certificates/ports/credential-signer.ts';
import { ENV, requireEnv } from '../../platform/config/env.ts';
import { once } from '../../platform/wiring/once.ts';
import { lazyKmsCredentialSigner } from '../kms/lazy-kms-credential-signer.ts';

/**
 * The deployment's credential signer, chosen explicitly: a missing or unknown kind fails the cold
 * start, never signs with something unexpected. The key file's adapter loads only where it is used
 * (the local cloud), like the KMS client loads at the first signature.
 */
export const certificateSignerFromEnv = (): CredentialSigner => {
  const kind = requireEnv(ENV.certificateSigner);
  const key = requireEnv(ENV.certificateSigningKey);
  if (kind === 'kms') return lazyKmsCredentialSigner(() => key);
  if (kind !== 'key-file') throw new Error(`${ENV.certificateSigner} must be 'kms' or 'key-file', not '${kind}'`);
  const signer = once(async () => new (await import('../local-key/local-key-credential-signer.ts')).LocalKeyCredentialSigner(key));
  return {
    publicKey: async () => (await signer()).publicKey(),
    sign: async (signingInput) => (await signer()).sign(signingInput),
  };
};
