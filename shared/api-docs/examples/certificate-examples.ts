import { prokadryTemplate } from '../../catalogue/domain/templates/prokadry.ts';
import type { Certificate } from '../../certificates/certificate-schema.ts';
import { holderCertificateView } from '../../certificates/certificate-view.ts';
import { issuerDid } from '../../certificates/domain/issuer-did.ts';
import { openBadgeCredential } from '../../certificates/domain/open-badge-credential.ts';
import { verificationUrl } from '../../certificates/domain/published-files.ts';
import { credentialJwtHeader, registeredClaims } from '../../certificates/domain/sign-credential-jwt.ts';
import { certificateRoutes } from '../../certificates/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The certificates examples: Анна Сергеевна Иванова, a graduate of the ПроКадры spring 2027 season
 * (the applicant of the other examples), her certificate as she, staff and anyone with its QR code
 * see it, and its Open Badges credential, built by the same functions the issuer signs with.
 */
const [
  listMyCertificates,
  getMyCertificatePdf,
  getMyCertificateCredential,
  listSeasonCertificates,
  revokeCertificate,
  getCertificateVerification,
  getMyRecommendationLetterPdf,
  getCertificatePage,
] = certificateRoutes;

const PUBLIC_BASE_URL = 'https://verify.cadre.example';
const CERTIFICATE_ID = 'e2a4c6d8-1b3f-4a5c-9d7e-0f2a4c6e8b13';
const REQUESTED_ID = '4b6d8f0a-2c4e-4f6a-8b0c-1d3f5a7c9e24';
const APPLICATION_ID = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const SECOND_APPLICATION_ID = '8a1c4e2b-3d5f-4a7b-8c9d-0e1f2a3b4c5d';
const APPLICANT = '0a1e0000-0000-4000-8000-000000000101';
const SECOND_APPLICANT = '0a1e0000-0000-4000-8000-000000000102';
const STAFF = '0a1e0000-0000-4000-8000-000000000021';
const CURSOR = 'eyJwayI6IkNFUlRJRklDQVRFIn0';
// The signing key's id: its JWK thumbprint (RFC 7638), as the signer names it.
const KEY_ID = 'q3Vd8nR1xW6yL0tJ5mK9pB2cF7hG4sZaE8uN1oI3vXk';

const settings = prokadryTemplate.settings;
const certifying = settings.certificates;
const achievement = certifying?.achievements[0];
const track = settings.tracks.find((candidate) => candidate.id === 'young');
if (certifying === undefined || achievement === undefined || track === undefined)
  throw new Error('The ПроКадры template names no certificate or no young track');

const certificate: Certificate = {
  id: CERTIFICATE_ID,
  applicationId: APPLICATION_ID,
  applicantId: APPLICANT,
  programmeId: 'prokadry-2027',
  seasonId: 'prokadry-2027-spring',
  achievement: { id: achievement.id, name: achievement.name, description: achievement.description },
  holderName: 'Иванова Анна Сергеевна',
  language: 'ru',
  programmeName: settings.name,
  seasonTitle: { ru: 'ПроКадры: весна 2027', en: 'ProKadry: spring 2027' },
  track: { id: track.id, name: track.name },
  layout: certifying.layout,
  issuerName: certifying.issuer,
  numberPrefix: certifying.numberPrefix,
  status: 'issued',
  requestedAt: '2027-12-20T12:00:00.000Z',
  number: 'ПК-2027-000123',
  statusList: { listId: 1, index: 122 },
  issuedAt: '2027-12-20T12:01:00.000Z',
  updatedAt: '2027-12-20T12:01:00.000Z',
  version: 2,
};

const credential = openBadgeCredential({
  certificateId: certificate.id,
  number: 'ПК-2027-000123',
  holderName: certificate.holderName,
  holderLanguage: certificate.language,
  programmeId: certificate.programmeId,
  programmeName: certificate.programmeName,
  seasonTitle: certificate.seasonTitle,
  achievementId: certificate.achievement.id,
  achievementName: certificate.achievement.name,
  achievementDescription: certificate.achievement.description,
  track: track.name,
  issuedAt: '2027-12-20T12:01:00.000Z',
  issuerName: certificate.issuerName,
  publicBaseUrl: PUBLIC_BASE_URL,
  statusList: { listId: 1, index: 122 },
});
const payload = { ...credential, ...registeredClaims(credential) };
const encoded = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
// An ES256 signature (64 bytes, r||s), here made up: the header and payload are what the issuer signs.
const SIGNATURE = '_imt6-BhLPZAPyBy9p4MMfClILYNRzGPLqSSuhc9t7ZtmnN9-7zL4N0g-JMJgEjAi29nHXkUQ33K03-ZR2ZPYQ';
const jwt = `${encoded(credentialJwtHeader(issuerDid(PUBLIC_BASE_URL), KEY_ID))}.${encoded(payload)}.${SIGNATURE}`;

const requested: Certificate = {
  ...certificate,
  id: REQUESTED_ID,
  applicationId: SECOND_APPLICATION_ID,
  applicantId: SECOND_APPLICANT,
  holderName: 'Ёлкина Анастасия Вячеславовна',
  status: 'requested',
  requestedAt: '2027-12-20T12:00:02.000Z',
  updatedAt: '2027-12-20T12:00:02.000Z',
  version: 1,
};
const { number: _number, statusList: _slot, issuedAt: _issuedAt, ...requestedFields } = requested;
const revocationReason = 'Стажировка не была пройдена: отчёт органа власти о стажировке отозван 15 января 2028 года.';
const revoked = {
  ...certificate,
  status: 'revoked' as const,
  revocation: { reason: revocationReason, by: STAFF, at: '2028-01-20T09:30:00.000Z' },
  updatedAt: '2028-01-20T09:30:00.000Z',
  version: 3,
};

export const CERTIFICATE_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(listMyCertificates, { responses: { 200: { items: [holderCertificateView(certificate, PUBLIC_BASE_URL)] } } }),
  routeExamples(getMyCertificatePdf, {
    responses: {
      200: {
        url: `https://cadre-dev-documents.s3.eu-central-1.amazonaws.com/certificates/${CERTIFICATE_ID}.pdf?X-Amz-Expires=300&X-Amz-Signature=7c1d`,
        expiresAt: '2027-12-21T08:05:00.000Z',
      },
    },
  }),
  routeExamples(getMyCertificateCredential, { responses: { 200: { jwt, credential: payload } } }),
  routeExamples(listSeasonCertificates, { responses: { 200: { items: [certificate, requestedFields], nextCursor: CURSOR } } }),
  routeExamples(revokeCertificate, { request: { reason: revocationReason, version: 2 }, responses: { 200: revoked } }),
  routeExamples(getCertificateVerification, {
    responses: {
      200: {
        id: CERTIFICATE_ID,
        status: 'valid',
        number: 'ПК-2027-000123',
        holderName: certificate.holderName,
        achievement: certificate.achievement.name,
        programmeName: certificate.programmeName,
        seasonTitle: certificate.seasonTitle,
        issuerName: certificate.issuerName,
        issuedAt: '2027-12-20T12:01:00.000Z',
        verificationUrl: verificationUrl(PUBLIC_BASE_URL, CERTIFICATE_ID),
      },
    },
  }),
  routeExamples(getMyRecommendationLetterPdf, {
    responses: {
      200: {
        url: 'https://cadre-dev-documents.s3.eu-central-1.amazonaws.com/letters/5c1d7a2e-9b3f-4c8d-a1e6-2f4b8d0c9e71.pdf?X-Amz-Expires=300&X-Amz-Signature=9e2a',
        expiresAt: '2027-12-21T08:05:00.000Z',
      },
    },
  }),
  routeExamples(getCertificatePage, {
    responses: {
      200: '<!doctype html>\n<html lang="ru">…<p class="verdict valid" role="status">Сертификат действителен</p><dl><dt>Владелец</dt><dd>Иванова Анна Сергеевна</dd>…</dl>…</html>',
    },
  }),
];
