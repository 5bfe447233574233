import { decodeJwt } from 'jose';
import { credentialFacts } from './credential-facts.ts';
import { didWebOf } from './did-web.ts';
import { issuerId, list, member, text } from './json-reading.ts';
import { signedByIssuer } from './signed-by-issuer.ts';
import { decodeStatusList, statusBit } from './status-list.ts';
import type { CredentialFacts, Verdict } from './verdict.ts';

/** The credential to check: a certificate id from the verification URL, or a JWT someone pasted. */
export type CredentialSource = { readonly id: string } | { readonly jwt: string };

/** How far a reader's clock may be off before a credential issued a moment ago looks not yet valid. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;
/** Certificate ids are UUIDs; anything else is no published file, and never reaches a URL. */
const CERTIFICATE_ID = /^[0-9A-Za-z-]{1,64}$/;

/** A verdict reached deep in a step, carried out of it. */
class Concluded extends Error {
  readonly verdict: Verdict;

  constructor(verdict: Verdict) {
    super(verdict.kind);
    this.verdict = verdict;
  }
}

/** A published file's text; undefined when the site has none (S3 behind CloudFront answers 403, not 404, for a missing key). */
const publishedText = async (url: URL): Promise<string | undefined> => {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
  if (response.status === 403 || response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return response.text();
};

const publishedCredential = async (id: string, site: URL): Promise<string | undefined> => {
  if (!CERTIFICATE_ID.test(id)) return undefined;
  try {
    return (await publishedText(new URL(`credentials/${id}.jwt`, site)))?.trim();
  } catch {
    throw new Concluded({ kind: 'unverifiable', reason: 'network' });
  }
};

/** The site's own DID document: the only keys a credential of this site may be signed with. */
const siteDidDocument = async (site: URL, did: string): Promise<unknown> => {
  let body: string | undefined;
  try {
    body = await publishedText(new URL('did.json', site));
  } catch {
    throw new Concluded({ kind: 'unverifiable', reason: 'network' });
  }
  try {
    const document: unknown = JSON.parse(body ?? 'null');
    if (member(document, 'id') === did) return document;
  } catch {
    // Not JSON: the same as no document.
  }
  throw new Concluded({ kind: 'unverifiable', reason: 'did-document' });
};

const types = (value: unknown): readonly unknown[] => list(member(value, 'type'));

/**
 * Whether the status list marks the credential revoked; undefined when the list cannot be trusted
 * or read. The list must be this site's, signed by the same issuer, and the one the entry names.
 */
const revokedByStatusList = async (entry: unknown, site: URL, did: string, document: unknown): Promise<boolean | undefined> => {
  const listUrl = text(member(entry, 'statusListCredential'));
  const rawIndex = member(entry, 'statusListIndex');
  const index = typeof rawIndex === 'string' && /^\d+$/.test(rawIndex) ? Number(rawIndex) : Number.NaN;
  if (listUrl === undefined || !Number.isSafeInteger(index)) return undefined;
  try {
    const url = new URL(listUrl);
    if (!url.href.startsWith(new URL('status/', site).href)) return undefined;
    const jwt = await publishedText(url);
    if (jwt === undefined) return undefined;
    const signed = await signedByIssuer(jwt.trim(), did, document);
    if (!('payload' in signed)) return undefined;
    const statusList = signed.payload;
    const subject = member(statusList, 'credentialSubject');
    const encodedList = text(member(subject, 'encodedList'));
    const trusted =
      member(statusList, 'iss') === did &&
      issuerId(statusList) === did &&
      member(statusList, 'id') === listUrl &&
      types(statusList).includes('BitstringStatusListCredential') &&
      member(subject, 'statusPurpose') === 'revocation';
    return trusted && encodedList !== undefined ? statusBit(await decodeStatusList(encodedList), index) : undefined;
  } catch {
    return undefined;
  }
};

/** The date the issuer published with a revocation; the verdict stands without it. */
const revocationDate = async (credential: unknown, site: URL): Promise<string | undefined> => {
  const id = text(member(credential, 'id'))?.replace(/^urn:uuid:/, '');
  if (id === undefined || !CERTIFICATE_ID.test(id)) return undefined;
  try {
    const body = await publishedText(new URL(`credentials/${id}.revocation.json`, site));
    const revokedAt = text(member(JSON.parse(body ?? 'null'), 'revokedAt'));
    return revokedAt !== undefined && Number.isFinite(Date.parse(revokedAt)) ? revokedAt : undefined;
  } catch {
    return undefined;
  }
};

/** A validity period that does not include now, as the verdict reports it; undefined when in force. */
const outOfForce = (credential: unknown, facts: CredentialFacts, now: number): Verdict | undefined => {
  const seconds = (claim: string): number | undefined => {
    const value = member(credential, claim);
    return typeof value === 'number' ? value * 1000 : undefined;
  };
  const date = (property: string): number | undefined => {
    const value = text(member(credential, property));
    return value === undefined ? undefined : Date.parse(value);
  };
  const starts = Math.max(...[seconds('nbf'), date('validFrom')].map((time) => time ?? Number.NEGATIVE_INFINITY));
  const ends = Math.min(...[seconds('exp'), date('validUntil')].map((time) => time ?? Number.POSITIVE_INFINITY));
  if (starts > now + CLOCK_TOLERANCE_MS) return { kind: 'not-in-force', facts, from: new Date(starts).toISOString() };
  if (ends < now - CLOCK_TOLERANCE_MS) return { kind: 'not-in-force', facts, until: new Date(ends).toISOString() };
  return undefined;
};

const verify = async (source: CredentialSource, site: URL, now: number): Promise<Verdict> => {
  // WebCrypto exists only in a secure context (https, or http on the machine itself).
  if (globalThis.crypto?.subtle === undefined || typeof DecompressionStream === 'undefined') {
    return { kind: 'unverifiable', reason: 'browser' };
  }
  const jwt = 'jwt' in source ? source.jwt.replace(/\s+/g, '') : await publishedCredential(source.id, site);
  if (jwt === undefined) return { kind: 'not-found' };

  let claimedIssuer: unknown;
  try {
    claimedIssuer = decodeJwt(jwt).iss;
  } catch {
    return { kind: 'invalid', reason: 'malformed' };
  }
  // This page vouches only for credentials of the site it is served from.
  const did = didWebOf(site);
  if (claimedIssuer !== did)
    return { kind: 'unverifiable', reason: 'other-issuer', ...(typeof claimedIssuer === 'string' ? { issuer: claimedIssuer } : {}) };

  const document = await siteDidDocument(site, did);
  const signed = await signedByIssuer(jwt, did, document);
  if ('broken' in signed) return { kind: 'unverifiable', reason: signed.broken };
  if ('invalid' in signed) return { kind: 'invalid', reason: signed.invalid };
  const credential = signed.payload;
  const wellFormed =
    issuerId(credential) === did && types(credential).includes('VerifiableCredential') && types(credential).includes('OpenBadgeCredential');
  if (!wellFormed) return { kind: 'invalid', reason: 'malformed' };

  const facts = credentialFacts(credential);
  const entry = list(member(credential, 'credentialStatus')).find(
    (status) => member(status, 'type') === 'BitstringStatusListEntry' && member(status, 'statusPurpose') === 'revocation',
  );
  if (entry === undefined) return { kind: 'unverifiable', reason: 'no-status', facts };
  const revoked = await revokedByStatusList(entry, site, did, document);
  if (revoked === undefined) return { kind: 'unverifiable', reason: 'status-list', facts };
  if (revoked) {
    const revokedAt = await revocationDate(credential, site);
    return { kind: 'revoked', facts, ...(revokedAt === undefined ? {} : { revokedAt }) };
  }
  return outOfForce(credential, facts, now) ?? { kind: 'valid', facts };
};

/**
 * Verifies a credential of the site at `site` (its root, ending in `/`: the folder above `verify/`)
 * with nothing but the site's published files: the credential, the DID document, the status list
 * and a revocation's date. No call to cadre's API, so it answers while the API is down.
 */
export const verifyCredential = async (source: CredentialSource, site: URL, now: Date = new Date()): Promise<Verdict> => {
  try {
    return await verify(source, site, now.getTime());
  } catch (error) {
    if (error instanceof Concluded) return error.verdict;
    throw error;
  }
};
