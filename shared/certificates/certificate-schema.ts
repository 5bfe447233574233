import * as z from 'zod';
import { CERTIFICATE_LAYOUTS } from '../catalogue/domain/config/certificates-schema.ts';
import { localisedTextSchema } from '../catalogue/domain/config/localised-text.ts';
import {
  applicationIdSchema,
  localIdSchema,
  programmeIdSchema,
  seasonIdSchema,
  subjectIdSchema,
  uuidSchema,
} from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/**
 * Where a certificate stands: `requested` (the `issueCertificate` effect recorded it; the issuer
 * has not signed and rendered it yet), `issued` (its credential is signed and published, its PDF
 * stored), `revoked` (staff withdrew it; its status bit is set and published).
 */
export const CERTIFICATE_STATUSES = ['requested', 'issued', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const certificateIdSchema = uuidSchema;

/** A human certificate number: the programme's prefix, the year of issue and a sequence (ПК-2026-000123). */
export const certificateNumberSchema = z
  .string()
  .max(24)
  .regex(/^[A-ZА-ЯЁ]{1,6}-\d{4}-\d{6,}$/u);

const localised = localisedTextSchema(400);

/** Where a certificate's bit sits in the published revocation status lists. */
export const statusListSlotSchema = z.strictObject({
  listId: z.int().min(1),
  index: z.int().min(0),
});
export type StatusListSlot = z.infer<typeof statusListSlotSchema>;

export const certificateSchema = z.strictObject({
  id: certificateIdSchema,
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  programmeId: programmeIdSchema,
  seasonId: seasonIdSchema,
  achievement: z.strictObject({ id: localIdSchema, name: localised, description: localisedTextSchema(4000, { multiline: true }) }),
  /** As the profile named the holder when the certificate was requested: a later change of name does not rewrite it. */
  holderName: freeText({ max: 400 }),
  /** The holder's language: first on the certificate, the language of their mails. */
  language: z.enum(['ru', 'en']),
  programmeName: localised,
  seasonTitle: localised,
  track: z.strictObject({ id: localIdSchema, name: localised }).optional(),
  layout: z.enum(CERTIFICATE_LAYOUTS),
  issuerName: localised,
  numberPrefix: z
    .string()
    .max(6)
    .regex(/^[A-ZА-ЯЁ]{1,6}$/u),
  status: z.enum(CERTIFICATE_STATUSES),
  requestedAt: isoDateTime(),
  /** Allocated once by the issuer, before anything is signed, so a retry signs the same number and slot. */
  number: certificateNumberSchema.optional(),
  statusList: statusListSlotSchema.optional(),
  issuedAt: isoDateTime().optional(),
  /** The signed Open Badges credential (compact JWT), as published and embedded in the PDF. */
  credentialJwt: z.string().max(20_000).optional(),
  revocation: z
    .strictObject({
      reason: freeText({ max: 1000, multiline: true }),
      by: subjectIdSchema,
      at: isoDateTime(),
    })
    .optional(),
  /** Set when the holder had their personal data erased: the register entry stays, its name, subject, credential and revocation reason replaced. */
  holderErasedAt: isoDateTime().optional(),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type Certificate = z.infer<typeof certificateSchema>;
