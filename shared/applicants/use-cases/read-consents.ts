import * as z from 'zod';
import { consentRecordSchema } from '../domain/consents/consent-record-schema.ts';
import { publishedTextVersionSchema } from '../domain/consents/text-version.ts';
import { currentConsentText, dataSharingTextKind } from '../domain/consents/consent-texts.ts';
import { NO_CONSENT } from '../domain/consents/consent-state.ts';
import { dataSharingGrantSchema } from '../domain/consents/data-sharing.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

/** The most consent records listed, the most recent: a person gives and withdraws consent a handful of times. */
const MAX_CONSENT_RECORDS = 200;

/** GET /me/consents: the history and what is in force now (season-independent). */
export const consentOverviewSchema = z.strictObject({
  items: z.array(consentRecordSchema).max(MAX_CONSENT_RECORDS).describe('The consent records, oldest first (the most recent 200).'),
  current: z.strictObject({
    personalData: z.enum(['given', 'withdrawn', 'missing']),
    /** The text version of the consent in force, when given. */
    textVersion: publishedTextVersionSchema.optional(),
    /** The text to consent to now; differs from `textVersion` after a new text is published. */
    currentTextVersion: publishedTextVersionSchema,
    guardian: z
      .enum(['given', 'missing'])
      .describe('Whether a guardian’s consent is on record since the last withdrawal; whether one is needed depends on the season.'),
    mayProcess: z.boolean(),
    dataSharing: z
      .strictObject({
        region: dataSharingGrantSchema.optional(),
        host: dataSharingGrantSchema.optional(),
        currentTextVersions: z.strictObject({ region: publishedTextVersionSchema, host: publishedTextVersionSchema }),
      })
      .describe(
        'The data-sharing consents in force, per recipient (absent: none), with the fields each lets pass on, and the texts to consent to now.',
      ),
  }),
});
export type ConsentOverview = z.infer<typeof consentOverviewSchema>;

export const readConsents = async (deps: Pick<ApplicantDependencies, 'consents'>, applicantId: string): Promise<ConsentOverview> => {
  const { records, state = NO_CONSENT } = await deps.consents.history(applicantId);
  return {
    items: records.slice(-MAX_CONSENT_RECORDS),
    current: {
      personalData: state.personalData,
      ...(state.textVersion === undefined ? {} : { textVersion: state.textVersion }),
      currentTextVersion: currentConsentText('personal-data').version,
      guardian: state.guardianConsentGiven ? 'given' : 'missing',
      mayProcess: state.personalData === 'given',
      dataSharing: {
        ...(state.dataSharingRegion === undefined ? {} : { region: state.dataSharingRegion }),
        ...(state.dataSharingHost === undefined ? {} : { host: state.dataSharingHost }),
        currentTextVersions: {
          region: currentConsentText(dataSharingTextKind('region')).version,
          host: currentConsentText(dataSharingTextKind('host')).version,
        },
      },
    },
  };
};
