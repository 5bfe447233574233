import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';

/** The forms a certificate is printed in: each programme's "established form", and a plain one for programmes that name none. */
export const CERTIFICATE_LAYOUTS = ['prokadry', 'kadry-budushchego', 'obedinenie-nastavnikov', 'standard'] as const;

/**
 * How a programme certifies: the `issueCertificate` effect of a move to a stage issues the
 * achievement this section names for that stage (a finalist, the talent pool, a completed
 * mentoring), in the programme's layout, on behalf of its issuer. `numberPrefix` starts each
 * certificate's human number (ПК-2026-000123).
 */
export const certificatesSchema = z.strictObject({
  layout: z.enum(CERTIFICATE_LAYOUTS),
  issuer: nameSchema.describe('The organisation the certificate is issued by, as printed and as the credential’s issuer name.'),
  numberPrefix: z
    .string()
    .max(6)
    .regex(/^[A-ZА-ЯЁ]{1,6}$/u)
    .describe('Capital letters, Latin or Cyrillic, that begin every certificate number of the programme.'),
  achievements: z
    .array(
      z.strictObject({
        /** The stage whose reaching the certificate attests (the `issueCertificate` move's destination). */
        stage: localIdSchema,
        id: localIdSchema,
        name: nameSchema,
        description: descriptionSchema,
      }),
    )
    .min(1)
    .max(10),
});
export type CertificateSettings = z.infer<typeof certificatesSchema>;
export type CertificateLayout = CertificateSettings['layout'];
