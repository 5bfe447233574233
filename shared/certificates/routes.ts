import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { certificateIdSchema, certificateSchema } from './certificate-schema.ts';
import { certificateVerificationSchema, holderCertificateSchema } from './certificate-view.ts';

const limit = z.coerce.number().int().min(1).max(100).default(25);
const certificateParams = z.strictObject({ certificateId: certificateIdSchema });
const staffCertificateSchema = certificateSchema.omit({ credentialJwt: true });

export const listMyCertificatesRoute = defineRoute({
  operationId: 'listMyCertificates',
  method: 'GET',
  path: '/me/certificates',
  capability: 'certificates',
  roles: ['applicant'],
  summary: 'The caller’s certificates, of every programme',
  description:
    'Oldest first. A certificate is `requested` from the move that earned it until the issuer signs it (usually within a minute), then `issued` with its number, the public verification URL (its QR code) and a LinkedIn “add to profile” link; `revoked` if staff withdrew it.',
  tags: ['certificates'],
  request: { query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of the caller’s certificates',
      body: z.strictObject({ items: z.array(holderCertificateSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getMyCertificatePdfRoute = defineRoute({
  operationId: 'getMyCertificatePdf',
  method: 'GET',
  path: '/me/certificates/{certificateId}/pdf',
  capability: 'certificates',
  roles: ['applicant'],
  summary: 'A five-minute link to the certificate’s PDF',
  description:
    'Russian and English, the holder’s language first, in the programme’s established form, with the number, a QR code to the verification page and the signed credential embedded (the PDF alone can be verified). 404 for another person’s certificate; 409 `certificate-not-issued` while it is being issued.',
  tags: ['certificates'],
  request: { params: certificateParams },
  responses: {
    200: { description: 'The link', body: z.strictObject({ url: z.url().max(8192), expiresAt: isoDateTime() }) },
  },
});

export const getMyCertificateCredentialRoute = defineRoute({
  operationId: 'getMyCertificateCredential',
  method: 'GET',
  path: '/me/certificates/{certificateId}/credential',
  capability: 'certificates',
  roles: ['applicant'],
  summary: 'The certificate as an Open Badges 3.0 credential, for a wallet',
  description:
    '`jwt` is the signed credential (VC-JWT, ES256) a wallet imports and any verifier checks against the issuer’s published DID document and status list; `credential` is its payload. 404 for another person’s certificate; 409 `certificate-not-issued` while it is being issued.',
  tags: ['certificates'],
  request: { params: certificateParams },
  responses: {
    200: {
      description: 'The credential',
      body: z.strictObject({
        jwt: z
          .string()
          .max(20_000)
          .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/u)
          .describe('A compact JWS: header, payload and signature, base64url.'),
        credential: z.record(z.string().max(100), z.unknown()).describe('An OpenBadgeCredential (Open Badges 3.0, W3C VC 2.0).'),
      }),
    },
  },
});

export const listSeasonCertificatesRoute = defineRoute({
  operationId: 'listSeasonCertificates',
  method: 'GET',
  path: '/seasons/{seasonId}/certificates',
  capability: 'certificates',
  roles: ['staff'],
  summary: 'A season’s certificates, in the order they were requested',
  description: 'For staff of the programme: every certificate with its status, number and, when revoked, the reason.',
  tags: ['certificates'],
  request: { params: z.strictObject({ seasonId: seasonIdSchema }), query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of certificates',
      body: z.strictObject({ items: z.array(staffCertificateSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const revokeCertificateRoute = defineRoute({
  operationId: 'revokeCertificate',
  method: 'POST',
  path: '/certificates/{certificateId}/revocation',
  capability: 'certificates',
  roles: ['staff'],
  summary: 'Revoke a certificate',
  description:
    'For staff of its programme. The reason stays with staff; the public verification page and the published status list show the certificate revoked, with the date. Send the `version` you read (409 `version-conflict` otherwise). Revoking again for the same reason answers 200 and republishes; another reason is 409 `certificate-revoked`; one still being issued is 409 `certificate-not-issued`.',
  tags: ['certificates'],
  request: {
    params: certificateParams,
    body: z.strictObject({ reason: freeText({ max: 1000, multiline: true }), version: z.int().min(1) }),
  },
  responses: { 200: { description: 'The certificate, revoked', body: staffCertificateSchema } },
});

export const getCertificateVerificationRoute = defineRoute({
  operationId: 'getCertificateVerification',
  method: 'GET',
  path: '/certificates/{certificateId}/verification',
  capability: 'certificates',
  roles: ['anyone'],
  summary: 'Whether a certificate stands, for anyone with its id',
  description:
    'No sign-in: the id comes from the certificate’s QR code or link. What the paper itself says and whether it is revoked (with the date), nothing more. 404 for an unknown id or one not issued yet. `verificationUrl` is the static page that checks the signed credential itself and keeps working while this API is down.',
  tags: ['certificates'],
  request: { params: certificateParams },
  responses: { 200: { description: 'The certificate’s standing', body: certificateVerificationSchema } },
});

export const getMyRecommendationLetterPdfRoute = defineRoute({
  operationId: 'getMyRecommendationLetterPdf',
  method: 'GET',
  path: '/me/certificates/{certificateId}/recommendation-letter/pdf',
  capability: 'certificates',
  roles: ['applicant'],
  summary: 'A five-minute link to the mentor’s recommendation letter that goes with the certificate, as a PDF',
  description:
    'Объединение наставников: the letter the mentor wrote in the platform, with their name and role, in the language they wrote it in. 404 for another person’s certificate; 409 `letter-not-final` until the mentor signs it off (the list shows `recommendationLetter: final` once they have).',
  tags: ['certificates'],
  request: { params: certificateParams },
  responses: {
    200: { description: 'The link', body: z.strictObject({ url: z.url().max(8192), expiresAt: isoDateTime() }) },
  },
});

export const getCertificatePageRoute = defineRoute({
  operationId: 'getCertificatePage',
  method: 'GET',
  path: '/certificates/{certificateId}',
  capability: 'certificates',
  roles: ['anyone'],
  summary: 'The certificate’s public page, to read in a browser',
  description:
    'No sign-in. The verdict (valid, or revoked with the date) and what the paper says, in Russian (`lang=ru`, the default) or English, with a link to the static page that checks the signed credential itself, even while this API is down. 404 for an unknown id or one not issued yet.',
  tags: ['certificates'],
  request: { params: certificateParams, query: z.strictObject({ lang: z.enum(['ru', 'en']).default('ru') }) },
  responses: {
    200: { description: 'The page', body: z.string().max(65_536), contentType: 'text/html; charset=utf-8' },
  },
});

/** Holders' certificates and credentials, staff's lists and revocations, and the public check (the certificates function). */
export const certificateRoutes = [
  listMyCertificatesRoute,
  getMyCertificatePdfRoute,
  getMyCertificateCredentialRoute,
  listSeasonCertificatesRoute,
  revokeCertificateRoute,
  getCertificateVerificationRoute,
  getMyRecommendationLetterPdfRoute,
  getCertificatePageRoute,
] as const;
