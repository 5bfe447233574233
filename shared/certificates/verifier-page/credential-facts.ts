import { list, member, text } from './json-reading.ts';
import type { CredentialFacts } from './verdict.ts';

/** The holder's name: an unhashed IdentityObject of type `name` (holders have no DID). */
const holderName = (subject: unknown): string | undefined =>
  list(member(subject, 'identifier'))
    .filter((identity) => member(identity, 'identityType') === 'name' && member(identity, 'hashed') === false)
    .map((identity) => text(member(identity, 'identityHash')))
    .find((name) => name !== undefined);

/**
 * The certificate's printed number. Open Badges has no field for a credential's own number (an
 * achievement is the programme's, the same for every holder), so the issuer writes it as the
 * credential's `description`: "№ ПК-2026-000123" or "No. ПК-2026-000123".
 */
const printedNumber = (credential: unknown): string | undefined => {
  const description = text(member(credential, 'description'));
  return description === undefined ? undefined : /^(?:№|No\.)\s*(\S+)$/u.exec(description)?.[1];
};

/** What the page shows of a credential whose signature has been checked. */
export const credentialFacts = (credential: unknown): CredentialFacts => {
  const subject = list(member(credential, 'credentialSubject'))[0];
  const achievement = member(subject, 'achievement');
  const facts = {
    holder: holderName(subject),
    title: text(member(credential, 'name')),
    achievement: text(member(achievement, 'name')),
    description: text(member(achievement, 'description')),
    issuerName: text(member(member(credential, 'issuer'), 'name')),
    issuedAt: text(member(credential, 'validFrom')),
    number: printedNumber(credential),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
};
