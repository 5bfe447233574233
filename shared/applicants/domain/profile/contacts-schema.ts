import * as z from 'zod';
import { rule } from './field-rules.ts';

/** ITU-T E.164: a plus, the country code and the subscriber number, digits only. */
const E164 = /^\+[1-9]\d{6,14}$/;

export const e164PhoneSchema = z
  .string()
  .meta({ maxLength: 16, pattern: E164.source })
  .refine(
    (phone) => E164.test(phone),
    rule(
      'phone-not-e164',
      'Телефон в международном формате E.164, например +79123456789',
      'A phone number in E.164 format, e.g. +79123456789',
    ),
  );

export const emailSchema = z.email().max(254);

/** Email is required: receipts and stage notifications are mailed. */
export const contactsSchema = z.strictObject({
  email: emailSchema,
  phone: e164PhoneSchema.optional(),
});
export type Contacts = z.infer<typeof contactsSchema>;
