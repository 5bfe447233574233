import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { OPEN_BADGES_CONTEXT, type OpenBadgeCredential, VC_V2_CONTEXT } from '../open-badge-credential-schema.ts';
import { credentialTimestamp } from './credential-timestamp.ts';
import { issuerDid } from './issuer-did.ts';
import { statusListCredentialUrl } from './published-files.ts';

export interface OpenBadgeCredentialFacts {
  readonly certificateId: string;
  /** The human number printed on the certificate, e.g. `ПК-2026-000123`. */
  readonly number: string;
  readonly holderName: string;
  readonly holderLanguage: 'ru' | 'en';
  readonly programmeId: string;
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly achievementId: string;
  readonly achievementName: LocalisedText;
  readonly achievementDescription?: LocalisedText;
  readonly track?: LocalisedText;
  readonly issuedAt: string;
  readonly issuerName: LocalisedText;
  readonly publicBaseUrl: string;
  readonly statusList: { readonly listId: number; readonly index: number };
}

const NUMBER_PREFIX = { ru: '№', en: 'No.' } as const;

const defaultDescription = (achievement: string, programme: string, language: 'ru' | 'en'): string =>
  language === 'ru' ? `${achievement} программы «${programme}»` : `${achievement} of the “${programme}” programme`;

const criteria = (achievement: string, programme: string, language: 'ru' | 'en'): string =>
  language === 'ru'
    ? `Присваивается участникам программы «${programme}», получившим статус «${achievement}».`
    : `Awarded to participants of the “${programme}” programme who reached the status “${achievement}”.`;

/**
 * The Open Badges 3.0 credential of a certificate. A wallet or a verifier shows one language, so
 * every text is in the holder's, the language their certificate prints first. The achievement is
 * the programme's (its id is the same for every holder); what is the holder's own goes where Open
 * Badges puts it: the season in the subject's `term`, the track as the achievement's
 * `specialization`, the certificate's number in the credential's `description`. The holder has no
 * DID, so the subject is named by their full name as a plain (unhashed) identity: the credential is
 * published only under its unguessable id, and a reader must be able to match it to the paper.
 */
export const openBadgeCredential = (facts: OpenBadgeCredentialFacts): OpenBadgeCredential => {
  const language = facts.holderLanguage;
  const achievementName = facts.achievementName[language];
  const programmeName = facts.programmeName[language];
  const statusListCredential = statusListCredentialUrl(facts.publicBaseUrl, facts.statusList.listId);
  return {
    '@context': [VC_V2_CONTEXT, OPEN_BADGES_CONTEXT],
    id: `urn:uuid:${facts.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerDid(facts.publicBaseUrl), type: ['Profile'], name: facts.issuerName[language], url: facts.publicBaseUrl },
    validFrom: credentialTimestamp(facts.issuedAt),
    name: `${achievementName} — ${programmeName}`,
    description: `${NUMBER_PREFIX[language]} ${facts.number}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.holderName }],
      term: facts.seasonTitle[language],
      achievement: {
        id: `${facts.publicBaseUrl}/achievements/${encodeURIComponent(facts.programmeId)}/${encodeURIComponent(facts.achievementId)}`,
        type: ['Achievement'],
        name: achievementName,
        description: facts.achievementDescription?.[language] ?? defaultDescription(achievementName, programmeName, language),
        criteria: { narrative: criteria(achievementName, programmeName, language) },
        achievementType: 'Certificate',
        inLanguage: language,
        ...(facts.track === undefined ? {} : { specialization: facts.track[language] }),
      },
    },
    credentialStatus: {
      id: `${statusListCredential}#${facts.statusList.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(facts.statusList.index),
      statusListCredential,
    },
  };
};
