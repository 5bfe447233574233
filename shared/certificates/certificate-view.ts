import * as z from 'zod';
import { localisedTextSchema } from '../catalogue/domain/config/localised-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import {
  CERTIFICATE_STATUSES,
  certificateIdSchema,
  certificateNumberSchema,
  certificateSchema,
  type Certificate,
} from './certificate-schema.ts';
import { linkedInAddToProfileUrl } from './domain/linkedin-link.ts';
import { verificationUrl } from './domain/published-files.ts';

const localised = localisedTextSchema(400);

/** A certificate as its holder sees it in their list: what, from whom, where it stands, and where anyone checks it. */
export const holderCertificateSchema = z.strictObject({
  id: certificateIdSchema,
  status: z.enum(CERTIFICATE_STATUSES),
  number: certificateNumberSchema.optional().describe('Once issued.'),
  achievement: localised,
  programmeName: localised,
  seasonTitle: localised,
  track: localised.optional(),
  issuerName: localised,
  holderName: certificateSchema.shape.holderName,
  requestedAt: isoDateTime(),
  issuedAt: isoDateTime().optional(),
  revokedAt: isoDateTime().optional(),
  verificationUrl: z.url().max(2048).optional().describe('Once issued: the public page that checks the certificate (its QR code).'),
  linkedInUrl: z.url().max(4096).optional().describe('Once issued and while not revoked: adds it to the holder’s LinkedIn profile.'),
  recommendationLetter: z
    .literal('final')
    .optional()
    .describe(
      'Present once the mentor has signed off the letter that goes with the certificate: `GET /me/certificates/{certificateId}/recommendation-letter/pdf`.',
    ),
});
export type HolderCertificate = z.infer<typeof holderCertificateSchema>;

export const holderCertificateView = (certificate: Certificate, publicBaseUrl: string, letterFinal = false): HolderCertificate => {
  const issued = certificate.status !== 'requested' && certificate.number !== undefined && certificate.issuedAt !== undefined;
  const url = issued ? verificationUrl(publicBaseUrl, certificate.id) : undefined;
  return {
    id: certificate.id,
    status: certificate.status,
    ...(certificate.number === undefined ? {} : { number: certificate.number }),
    achievement: certificate.achievement.name,
    programmeName: certificate.programmeName,
    seasonTitle: certificate.seasonTitle,
    ...(certificate.track === undefined ? {} : { track: certificate.track.name }),
    issuerName: certificate.issuerName,
    holderName: certificate.holderName,
    requestedAt: certificate.requestedAt,
    ...(certificate.issuedAt === undefined ? {} : { issuedAt: certificate.issuedAt }),
    ...(certificate.revocation === undefined ? {} : { revokedAt: certificate.revocation.at }),
    ...(url === undefined ? {} : { verificationUrl: url }),
    ...(url !== undefined && certificate.status === 'issued' && certificate.number !== undefined && certificate.issuedAt !== undefined
      ? {
          linkedInUrl: linkedInAddToProfileUrl({
            name: `${certificate.achievement.name[certificate.language]} — ${certificate.programmeName[certificate.language]}`,
            organizationName: certificate.issuerName[certificate.language],
            issuedAt: certificate.issuedAt,
            certUrl: url,
            certId: certificate.number,
          }),
        }
      : {}),
    ...(letterFinal ? { recommendationLetter: 'final' as const } : {}),
  };
};

/** What anyone learns from a certificate's id: whether it stands, and what it attests (the paper's own facts, nothing more). */
export const certificateVerificationSchema = z.strictObject({
  id: certificateIdSchema,
  status: z.enum(['valid', 'revoked']),
  number: certificateNumberSchema,
  holderName: certificateSchema.shape.holderName,
  holderErased: z
    .literal(true)
    .optional()
    .describe(
      'The holder had their personal data erased at their request: the register entry stands without their name (`holderName` is `—`).',
    ),
  achievement: localised,
  programmeName: localised,
  seasonTitle: localised,
  issuerName: localised,
  issuedAt: isoDateTime(),
  revokedAt: isoDateTime().optional(),
  verificationUrl: z.url().max(2048).describe('The static page that checks the signed credential itself, even while this API is down.'),
});
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
