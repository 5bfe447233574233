import * as z from 'zod';
import { dataSharingFieldsSchema } from '../applicants/domain/consents/data-sharing.ts';
import { nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import {
  applicationIdSchema,
  programmeIdSchema,
  seasonIdSchema,
  subjectIdSchema,
  uuidSchema,
} from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { releaseIdSchema, releasePurposeSchema } from './release-schema.ts';

/** How the data left: a partner's person in the web client, a machine client over the partner API, or a push export's file. */
export const DISCLOSURE_CHANNELS = ['ui', 'api', 'export'] as const;

export const disclosureReaderSchema = z.strictObject({
  kind: z.enum(['person', 'machine-client']),
  /** The person's account (`sub`) or the machine client's OAuth client id. */
  id: subjectIdSchema,
  role: z.enum(['partner', 'staff', 'machine-client']),
});
export type DisclosureReader = z.infer<typeof disclosureReaderSchema>;

/**
 * One entry of the disclosure log: one application's data leaving cadre once. Written before the
 * data is sent (a read whose entries cannot be written sends nothing), never changed or deleted by
 * any code path (each entry's key is new and written on condition it is), kept as long as the
 * deployment keeps personal data. It names the recipient organisation and, for staff, who read,
 * when, how, under which release, and exactly which fields: never the values.
 */
export const disclosureSchema = z.strictObject({
  id: uuidSchema,
  at: isoDateTime(),
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  programmeId: programmeIdSchema,
  seasonId: seasonIdSchema,
  releaseId: releaseIdSchema,
  purpose: releasePurposeSchema,
  organisationId: partnerOrganisationIdSchema,
  /** The organisation's name when it read: what the applicant sees. */
  organisationName: nameSchema,
  reader: disclosureReaderSchema,
  channel: z.enum(DISCLOSURE_CHANNELS),
  fields: dataSharingFieldsSchema,
  /** The request that read it, to match the entry against the API's own logs. */
  correlationId: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/)
    .meta({ maxLength: 128 }),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** What the applicant sees of their own disclosures: who (the organisation), when, how, which fields; not the reader's account. */
export const myDisclosureSchema = disclosureSchema.pick({
  id: true,
  at: true,
  applicationId: true,
  programmeId: true,
  seasonId: true,
  purpose: true,
  organisationId: true,
  organisationName: true,
  channel: true,
  fields: true,
});
export type MyDisclosure = z.infer<typeof myDisclosureSchema>;
