import type { PublicSigningKey } from '../domain/issuer-did.ts';

/**
 * Every key the issuer has signed with. A rotated key stays published, so the certificates it
 * signed (paper outlives keys) still verify; the newest signs.
 */
export interface IssuerKeys {
  /** Remembers the key if it is new; answers every key remembered, newest first, and whether this one was new. */
  remember(key: PublicSigningKey, at: string): Promise<{ readonly keys: readonly PublicSigningKey[]; readonly added: boolean }>;
}
