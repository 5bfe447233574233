import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';
import { emailSchema, e164PhoneSchema } from '../profile/contacts-schema.ts';
import { rule, whenValid } from '../profile/field-rules.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';
import { uuidSchema } from '../../../platform/identifiers/identifiers.ts';
import { DATA_SHARING_PURPOSES, dataSharingFieldsSchema } from './data-sharing.ts';
import { publishedTextVersionSchema, textVersionSchema } from './text-version.ts';

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

export { textVersionSchema };

const recordBase = {
  id: uuidSchema,
  /** The server's time when the consent was recorded, never the client's. */
  at: isoDateTime(),
};

const purposeSchema = z
  .enum(DATA_SHARING_PURPOSES)
  .describe('Who may receive the data: `region`, the youth-policy body of your region; `host`, the organisation hosting your internship.');

/**
 * Consent records are append-only: giving, withdrawing and a guardian's consent are each a new
 * record, so the history shows what was agreed to, when, and for which text version. Consent to
 * share data with a recipient is a record of its own per purpose, naming the fields, and so is
 * its withdrawal.
 */
export const consentRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...recordBase, kind: z.literal('personal-data'), textVersion: publishedTextVersionSchema }),
  z.strictObject({ ...recordBase, kind: z.literal('personal-data-withdrawal') }),
  z.strictObject({ ...recordBase, kind: z.literal('guardian'), textVersion: publishedTextVersionSchema, guardian: guardianSchema }),
  z.strictObject({
    ...recordBase,
    kind: z.literal('data-sharing'),
    purpose: purposeSchema,
    textVersion: publishedTextVersionSchema,
    fields: dataSharingFieldsSchema,
  }),
  z.strictObject({ ...recordBase, kind: z.literal('data-sharing-withdrawal'), purpose: purposeSchema }),
]);
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/**
 * POST /me/consents: to the processing of personal data, or to sharing chosen fields with one
 * recipient (`purpose` and `fields`, which only a data-sharing consent takes). One object rather than
 * a union by `kind`, so a request with a wrong kind still hears about every other field at fault.
 */
export const giveConsentInputSchema = z
  .strictObject({
    kind: z.enum(['personal-data', 'data-sharing']),
    textVersion: textVersionSchema,
    purpose: purposeSchema.optional(),
    fields: dataSharingFieldsSchema.optional(),
  })
  .superRefine((input, context) => {
    const sharing = input.kind === 'data-sharing';
    for (const field of ['purpose', 'fields'] as const) {
      if (sharing === (input[field] !== undefined)) continue;
      context.addIssue({
        code: 'custom',
        path: [field],
        message: sharing ? `A data-sharing consent names its ${field}` : `Only a data-sharing consent takes ${field}`,
        params: sharing
          ? {
              code: 'required',
              message: { ru: 'Обязательное поле согласия на передачу сведений', en: 'Required for a data-sharing consent' },
            }
          : { code: 'not-allowed', message: { ru: 'Только для согласия на передачу сведений', en: 'Only for a data-sharing consent' } },
      });
    }
  });
export type GiveConsentInput = z.infer<typeof giveConsentInputSchema>;

/** POST /me/consents/data-sharing/withdrawal */
export const withdrawDataSharingInputSchema = z.strictObject({ purpose: purposeSchema });
export type WithdrawDataSharingInput = z.infer<typeof withdrawDataSharingInputSchema>;

/** POST /me/consents/guardian */
export const guardianConsentInputSchema = z.strictObject({ guardian: guardianSchema, textVersion: textVersionSchema });
export type GuardianConsentInput = z.infer<typeof guardianConsentInputSchema>;
