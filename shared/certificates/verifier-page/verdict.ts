/**
 * What the verifier concludes about one credential. The holder's details are shown only once the
 * issuer's signature has been checked: before that they are whatever anyone wrote.
 */
export interface CredentialFacts {
  readonly holder?: string;
  /** The credential's own name: the achievement and the programme. */
  readonly title?: string;
  readonly achievement?: string;
  readonly description?: string;
  readonly issuerName?: string;
  /** ISO date-time (validFrom). */
  readonly issuedAt?: string;
  /** The human number printed on the PDF. */
  readonly number?: string;
}

/** Why a credential is not trusted: its own bytes are at fault. */
export type InvalidReason = 'malformed' | 'signature' | 'unknown-key';

/** Why the check could not finish: the site, the network or the browser is at fault. */
export type UnverifiableReason = 'network' | 'other-issuer' | 'did-document' | 'no-status' | 'status-list' | 'browser';

export type Verdict =
  | { readonly kind: 'valid'; readonly facts: CredentialFacts }
  | { readonly kind: 'revoked'; readonly facts: CredentialFacts; readonly revokedAt?: string }
  /** Signed and not revoked, but its validity period starts later (`from`) or has ended (`until`). */
  | { readonly kind: 'not-in-force'; readonly facts: CredentialFacts; readonly from: string }
  | { readonly kind: 'not-in-force'; readonly facts: CredentialFacts; readonly until: string }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unverifiable'; readonly reason: UnverifiableReason; readonly facts?: CredentialFacts; readonly issuer?: string };
