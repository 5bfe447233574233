import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';
import { emailSchema, e164PhoneSchema } from '../profile/contacts-schema.ts';
import { rule, whenValid } from '../profile/field-rules.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';
import { uuidSchema } from '../../../platform/identifiers/identifiers.ts';

/** Who may consent for a minor under Russian law: parents, adoptive parents, guardians and trustees. */
export const GUARDIAN_RELATIONSHIPS = ['parent', 'adoptive-parent', 'guardian', 'trustee'] as const;

export const guardianSchema = z
  .strictObject({
    fullName: freeText({ min: 3, max: 300 }),
    email: emailSchema.optional(),
    phone: e164PhoneSchema.optional(),
    relationship: z.enum(GUARDIAN_RELATIONSHIPS),
  })
  .refine((guardian) => guardian.email !== undefined || guardian.phone !== undefined, {
    path: ['email'],
    ...rule(
      'guardian-contact-missing',
      'Укажите электронную почту или телефон законного представителя',
      'Give the guardian’s email or phone',
    ),
    when: whenValid('email', 'phone'),
  });
export type Guardian = z.infer<typeof guardianSchema>;

export const textVersionSchema = z.string().min(1).max(40).describe('The version of the consent text agreed to (GET /consent-texts).');

const recordBase = {
  id: uuidSchema,
  /** The server's time when the consent was recorded, never the client's. */
  at: isoDateTime(),
};

/**
 * Consent records are append-only: giving, withdrawing and a guardian's consent are each a new
 * record, so the history shows what was agreed to, when, and for which text version.
 */
export const consentRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...recordBase, kind: z.literal('personal-data'), textVersion: textVersionSchema }),
  z.strictObject({ ...recordBase, kind: z.literal('personal-data-withdrawal') }),
  z.strictObject({ ...recordBase, kind: z.literal('guardian'), textVersion: textVersionSchema, guardian: guardianSchema }),
]);
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** POST /me/consents */
export const giveConsentInputSchema = z.strictObject({ kind: z.literal('personal-data'), textVersion: textVersionSchema });
export type GiveConsentInput = z.infer<typeof giveConsentInputSchema>;

/** POST /me/consents/guardian */
export const guardianConsentInputSchema = z.strictObject({ guardian: guardianSchema, textVersion: textVersionSchema });
export type GuardianConsentInput = z.infer<typeof guardianConsentInputSchema>;
