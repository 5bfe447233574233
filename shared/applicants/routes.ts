import * as z from 'zod';
import {
  consentRecordSchema,
  giveConsentInputSchema,
  guardianConsentInputSchema,
  withdrawDataSharingInputSchema,
} from './domain/consents/consent-record-schema.ts';
import { CONSENT_TEXT_KINDS } from './domain/consents/consent-texts.ts';
import { publishedTextVersionSchema } from './domain/consents/text-version.ts';
import { DATA_SHARING_FIELDS } from './domain/consents/data-sharing.ts';
import { FEDERAL_DISTRICT_IDS } from './domain/profile/federal-districts.ts';
import { profileSchema, saveProfileInputSchema } from './domain/profile/profile-schema.ts';
import { consentOverviewSchema } from './use-cases/read-consents.ts';
import { defineRoute } from '../platform/http/route.ts';
import { isoDate } from '../platform/time/iso-date-time.ts';

/**
 * Profile and consent routes (capability 'applications'). Every /me route is keyed by the token's
 * subject: there is no applicant id in any path, so one applicant cannot even name another's data.
 */

const localised = z.strictObject({ ru: z.string().max(200), en: z.string().max(200) });

const regionListSchema = z.strictObject({
  items: z.array(z.strictObject({ code: z.string().length(2), federalDistrict: z.enum(FEDERAL_DISTRICT_IDS), name: localised })).max(100),
  federalDistricts: z.array(z.strictObject({ id: z.enum(FEDERAL_DISTRICT_IDS), name: localised })).max(FEDERAL_DISTRICT_IDS.length),
});

const consentTextListSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        kind: z.enum(CONSENT_TEXT_KINDS),
        version: publishedTextVersionSchema,
        publishedOn: isoDate(),
        current: z.boolean().describe('Only the current text of a kind may be consented to.'),
        title: localised,
        body: z.strictObject({ ru: z.string().max(20_000), en: z.string().max(20_000) }),
        fields: z
          .array(z.enum(DATA_SHARING_FIELDS))
          .max(DATA_SHARING_FIELDS.length)
          .optional()
          .describe('A data-sharing text: the fields it covers; a consent to it names those it lets pass on.'),
      }),
    )
    .max(100),
});

export const listRegionsRoute = defineRoute({
  operationId: 'listRegions',
  method: 'GET',
  path: '/regions',
  capability: 'applications',
  roles: ['anyone'],
  summary: 'Subjects of the Russian Federation and their federal districts',
  description:
    'The reference list a profile’s `region` is chosen from: all 89 subjects by their two-digit Federal Tax Service code, in code order.',
  tags: ['reference'],
  responses: { 200: { description: 'Every subject and federal district', body: regionListSchema } },
});

export const getMyProfileRoute = defineRoute({
  operationId: 'getMyProfile',
  method: 'GET',
  path: '/me/profile',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Your profile',
  description: '404 until you have saved one.',
  tags: ['profile'],
  responses: {
    200: { description: 'The profile with its version', body: profileSchema },
    404: { description: 'No profile yet (`not-found`).' },
  },
});

export const saveMyProfileRoute = defineRoute({
  operationId: 'saveMyProfile',
  method: 'PUT',
  path: '/me/profile',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Create or replace your profile',
  description:
    'First give your consent to the processing of personal data: read the current personal-data text (`GET /consent-texts`) and send its version to `POST /me/consents`. Nothing of yours is stored before that, nor after you withdraw it (409 `consent-required`; reading your profile stays possible). Then send the whole profile. To create it omit `version` (or send 0); to change it send the `version` you read. If the profile changed since (or already exists when creating), the answer is 409 version-conflict naming the current version.',
  tags: ['profile'],
  request: { body: saveProfileInputSchema },
  responses: {
    200: { description: 'The profile with its new version', body: profileSchema },
    201: { description: 'The new profile (version 1)', body: profileSchema },
    409: {
      description:
        'No consent to the processing of personal data is in force (`consent-required`: give it with `POST /me/consents` first), or the profile changed since the version sent, or exists already (`version-conflict`, with the current version).',
    },
  },
});

export const listConsentTextsRoute = defineRoute({
  operationId: 'listConsentTexts',
  method: 'GET',
  path: '/consent-texts',
  capability: 'applications',
  roles: ['anyone'],
  summary: 'The consent texts, with their versions',
  description: 'Show the current text before asking for consent, and send its `version` with the consent.',
  tags: ['consents'],
  responses: { 200: { description: 'Every published text, oldest first', body: consentTextListSchema } },
});

export const getMyConsentsRoute = defineRoute({
  operationId: 'getMyConsents',
  method: 'GET',
  path: '/me/consents',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Your consents: the history and what is in force',
  tags: ['consents'],
  responses: { 200: { description: 'The history and the current state', body: consentOverviewSchema } },
});

export const giveConsentRoute = defineRoute({
  operationId: 'giveConsent',
  method: 'POST',
  path: '/me/consents',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Consent to the processing of your personal data, or to sharing chosen data with a recipient',
  description:
    'The first step of an applicant: no profile and no draft is stored without the consent to processing (`kind: personal-data`). Recorded with the text version and the server’s time. Only the current text is accepted: any other version is refused (400 `consent-text-not-current`, naming the current one). `kind: data-sharing` consents, for one `purpose` (`region`: the youth-policy body of the region you apply from, should you become a finalist; `host`: the organisation hosting your internship), to passing on the `fields` you choose from the text’s list (400 `fields-not-in-text` for others); nothing is ever passed on without it. It needs the consent to processing in force (409 `consent-required`); consenting again for a purpose replaces the fields.',
  tags: ['consents'],
  request: { body: giveConsentInputSchema },
  responses: {
    201: { description: 'The consent record', body: consentRecordSchema },
  },
});

export const recordGuardianConsentRoute = defineRoute({
  operationId: 'recordGuardianConsent',
  method: 'POST',
  path: '/me/consents/guardian',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Record a guardian’s consent for a minor',
  description:
    'A parent, adoptive parent, guardian or trustee consents to the current guardian text; recorded with their name, contact, relationship, the text version and the server’s time. An applicant under the programme’s guardian age on the season’s reference date cannot submit without it.',
  tags: ['consents'],
  request: { body: guardianConsentInputSchema },
  responses: {
    201: { description: 'The consent record', body: consentRecordSchema },
  },
});

export const withdrawConsentRoute = defineRoute({
  operationId: 'withdrawConsent',
  method: 'POST',
  path: '/me/consents/withdrawal',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Withdraw your consent to the processing of personal data',
  description:
    'Appends a withdrawal to the history (consents are never edited). From then on none of your applications is processed, and no profile change or new draft is stored (409 `consent-required`), until you consent again; you can still read your own data.',
  tags: ['consents'],
  responses: {
    201: { description: 'The withdrawal record', body: consentRecordSchema },
    409: { description: 'No consent is in force (`consent-not-given`): there is nothing to withdraw.' },
  },
});

export const withdrawDataSharingRoute = defineRoute({
  operationId: 'withdrawDataSharing',
  method: 'POST',
  path: '/me/consents/data-sharing/withdrawal',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Withdraw your consent to sharing data with a recipient',
  description:
    'Appends a withdrawal for the `purpose` to the history. From then on nothing more is released to that recipient, and what was released can no longer be read (its releases answer 404). Your consent to processing stays as it is.',
  tags: ['consents'],
  request: { body: withdrawDataSharingInputSchema },
  responses: {
    201: { description: 'The withdrawal record', body: consentRecordSchema },
    409: { description: 'No data-sharing consent for that purpose is in force (`data-sharing-not-given`).' },
  },
});

export const applicantRoutes = [
  listRegionsRoute,
  getMyProfileRoute,
  saveMyProfileRoute,
  listConsentTextsRoute,
  getMyConsentsRoute,
  giveConsentRoute,
  recordGuardianConsentRoute,
  withdrawConsentRoute,
  withdrawDataSharingRoute,
] as const;
