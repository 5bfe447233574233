import { list, member, text } from './json-reading.ts';
import type { CredentialFacts } from './verdict.ts';

/** The holder's name: an unhashed IdentityObject of type `name` (holders have no DID). */
const holderName = (subject: unknown): string | undefined =>
  list(member(subject, 'identifier'))
    .filter((identity) => member(identity, 'identityType') === 'name' && member(identity, 'hashed') === false)
    .map((identity) => text(member(identity, 'identityHash')))
    .find((name) => name !== undefined);

/**
 * The certificate's printed number. OB 3.0 has no field for a credential's own number; the issuer
 * puts it in the achievement it embeds, as `humanCode` or an `otherIdentifier` entry.
 */
const printedNumber = (achievement: unknown): string | undefined =>
  text(member(achievement, 'humanCode')) ??
  list(member(achievement, 'otherIdentifier'))
    .map((entry) => text(member(entry, 'identifier')))
    .find((identifier) => identifier !== undefined);

/** What the page shows of a credential whose signature has been checked. */
export const credentialFacts = (credential: unknown): CredentialFacts => {
  const subject = list(member(credential, 'credentialSubject'))[0];
  const achievement = member(subject, 'achievement');
  const facts = {
    holder: holderName(subject),
    title: text(member(credential, 'name')),
    achievement: text(member(achievement, 'name')),
    description: text(member(achievement, 'description')) ?? text(member(credential, 'description')),
    issuerName: text(member(member(credential, 'issuer'), 'name')),
    issuedAt: text(member(credential, 'validFrom')),
    number: printedNumber(achievement),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
};
