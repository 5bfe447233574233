import type { BitstringStatusListCredential } from '../status-list-credential-schema.ts';
import { VC_V2_CONTEXT } from '../open-badge-credential-schema.ts';
import { credentialTimestamp } from './credential-timestamp.ts';
import { issuerDid } from './issuer-did.ts';
import { statusListCredentialUrl } from './published-files.ts';

/**
 * A status list as a credential (Bitstring Status List v1.0), signed like the certificates: a
 * verifier trusts a revocation only because the issuer's key signed the list that carries it.
 * `validFrom` is when this version of the list was published.
 */
export const bitstringStatusListCredential = (facts: {
  readonly publicBaseUrl: string;
  readonly listId: number;
  readonly encodedList: string;
  readonly publishedAt: string;
}): BitstringStatusListCredential => {
  const id = statusListCredentialUrl(facts.publicBaseUrl, facts.listId);
  return {
    '@context': [VC_V2_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid(facts.publicBaseUrl),
    validFrom: credentialTimestamp(facts.publishedAt),
    credentialSubject: { id: `${id}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: facts.encodedList },
  };
};
