import { describe, expect, it } from 'vitest';
import { issuerDid } from '../../../shared/certificates/domain/issuer-did.ts';
import { openBadgeCredential } from '../../../shared/certificates/domain/open-badge-credential.ts';
import { registeredClaims } from '../../../shared/certificates/domain/sign-credential-jwt.ts';
import {
  type OpenBadgeCredential,
  openBadgeCredentialJwtPayloadSchema,
  openBadgeCredentialSchema,
} from '../../../shared/certificates/open-badge-credential-schema.ts';
import { certificateFacts, PUBLIC_BASE_URL } from './certificate-facts-fixture.ts';

const credential = openBadgeCredential(certificateFacts());
/** The credential as any JSON reader sees it. */
const json = JSON.parse(JSON.stringify(credential)) as OpenBadgeCredential;

// Each rule below is quoted from Open Badges 3.0, Appendix B.1 (the data models), and from
// Bitstring Status List v1.0 §2.1 (BitstringStatusListEntry): the credential is checked against
// the specifications, not against what the builder happens to produce.
describe('an OpenBadgeCredential meets Open Badges 3.0', () => {
  it('B.1.2: @context is the VC 2.0 context, then the OB 3.0.3 context', () => {
    expect(json['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(json['@context'][1]).toBe('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
  });

  it('B.1.2: has an id (URI), and type includes VerifiableCredential and OpenBadgeCredential', () => {
    expect(json.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(json.type).toEqual(expect.arrayContaining(['VerifiableCredential', 'OpenBadgeCredential']));
  });

  it('B.1.2 and B.1.14: the issuer is a Profile with an id, the same DID the JWT names in iss', () => {
    expect(json.issuer.id).toBe(issuerDid(PUBLIC_BASE_URL));
    expect(json.issuer.type).toContain('Profile');
    expect(typeof json.issuer.name).toBe('string');
    expect(registeredClaims(credential).iss).toBe(json.issuer.id);
  });

  it('B.1.2: validFrom is a DateTimeZ (with its zone), whole seconds so that nbf equals it', () => {
    expect(json.validFrom).toBe('2026-07-01T09:30:15Z');
    expect(registeredClaims(credential).nbf * 1000).toBe(Date.parse(json.validFrom));
    expect(registeredClaims(credential).jti).toBe(json.id);
  });

  it('B.1.3: the subject’s type includes AchievementSubject, and with no id it has an identifier', () => {
    const subject = json.credentialSubject;
    expect(subject.type).toContain('AchievementSubject');
    expect(subject).not.toHaveProperty('id');
    expect(subject.identifier.length).toBeGreaterThan(0);
  });

  it('B.1.12: the identifier is an IdentityObject with hashed, identityHash and identityType (the name, in plain text)', () => {
    expect(json.credentialSubject.identifier[0]).toEqual({
      type: 'IdentityObject',
      hashed: false,
      identityHash: 'Анна Сергеевна Петрова',
      identityType: 'name',
    });
  });

  it('B.1.1: the achievement has id, type Achievement, name, description and criteria', () => {
    const achievement = json.credentialSubject.achievement;
    expect(achievement.id).toBe(`${PUBLIC_BASE_URL}/achievements/kadry-budushchego/finalist`);
    expect(achievement.type).toContain('Achievement');
    expect(achievement.name).toEqual(expect.any(String));
    expect(achievement.description).toEqual(expect.any(String));
    expect(achievement.criteria.narrative).toEqual(expect.any(String));
    expect(achievement.achievementType).toBe('Certificate');
  });

  it('Bitstring Status List §2.1: the status entry names its list, its purpose and its index as a base-10 string', () => {
    expect(json.credentialStatus).toEqual({
      id: `${PUBLIC_BASE_URL}/status/1.jwt#41`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '41',
      statusListCredential: `${PUBLIC_BASE_URL}/status/1.jwt`,
    });
  });
});

describe('an OpenBadgeCredential speaks its holder’s language', () => {
  it('in Russian for a Russian-speaking holder, the number as «№ …»', () => {
    expect(json.name).toBe('Финалист — Кадры будущего');
    expect(json.description).toBe('№ КБ-2026-000123');
    expect(json.issuer.name).toBe('Платформа ПроКадры');
    expect(json.credentialSubject.term).toBe('Сезон 2026');
    expect(json.credentialSubject.achievement).toMatchObject({
      name: 'Финалист',
      description: 'Финалист программы «Кадры будущего»',
      specialization: 'Цифровое государство',
      inLanguage: 'ru',
    });
  });

  it('in English for an English-speaking holder, the number as «No. …», and a description given is used', () => {
    const english = openBadgeCredential(
      certificateFacts({ holderLanguage: 'en', achievementDescription: { ru: 'Лучшие участники', en: 'The best participants' } }),
    );
    expect(english.name).toBe('Finalist — Future Talent');
    expect(english.description).toBe('No. КБ-2026-000123');
    expect(english.issuer.name).toBe('ProKadry platform');
    expect(english.credentialSubject.term).toBe('Season 2026');
    expect(english.credentialSubject.achievement).toMatchObject({ description: 'The best participants', inLanguage: 'en' });
    expect(english.credentialSubject.achievement.criteria.narrative).toContain('Future Talent');
  });

  it('leaves out the specialization when the holder had no track', () => {
    const { track: _track, ...withoutTrack } = certificateFacts();
    expect(openBadgeCredential(withoutTrack).credentialSubject.achievement).not.toHaveProperty('specialization');
  });
});

describe('what a verifier reads back', () => {
  const payload = { ...json, ...registeredClaims(credential) };

  it('accepts a credential cadre issued, and its JWT payload', () => {
    expect(openBadgeCredentialSchema.safeParse(json).success).toBe(true);
    expect(openBadgeCredentialJwtPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('refuses a credential missing what Open Badges requires, or in the wrong context order', () => {
    const { criteria: _criteria, ...achievement } = json.credentialSubject.achievement;
    const broken = [
      { ...json, '@context': [...json['@context']].reverse() },
      { ...json, type: ['VerifiableCredential'] },
      { ...json, credentialSubject: { ...json.credentialSubject, achievement } },
      { ...json, credentialSubject: { ...json.credentialSubject, identifier: [] } },
      { ...json, credentialStatus: { ...json.credentialStatus, statusListIndex: 41 } },
    ];
    for (const candidate of broken) expect(openBadgeCredentialSchema.safeParse(candidate).success).toBe(false);
  });

  it('refuses a payload whose claims disagree with the credential', () => {
    for (const claims of [{ iss: 'did:web:elsewhere.example' }, { jti: 'urn:uuid:another' }, { nbf: payload.nbf + 1 }]) {
      expect(openBadgeCredentialJwtPayloadSchema.safeParse({ ...payload, ...claims }).success).toBe(false);
    }
  });
});
