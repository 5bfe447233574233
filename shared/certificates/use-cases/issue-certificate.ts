import type { Certificate } from '../certificate-schema.ts';
import { CERTIFICATE_FILE_PREFIX } from '../domain/certificate-file-objects.ts';
import { certificateNumber, issueYear, numberSequence } from '../domain/certificate-number.ts';
import { openBadgeCredential } from '../domain/open-badge-credential.ts';
import { PUBLISHED_PATHS, verificationUrl } from '../domain/published-files.ts';
import { signCredentialJwt } from '../domain/sign-credential-jwt.ts';
import { statusListPosition } from '../domain/status-list-position.ts';
import { certificateIssuedMail } from '../mail/certificate-issued-mail.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';
import { publishStatusList } from './publish-status-list.ts';

/** The sequence every certificate's revocation slot is taken from, across programmes: one status list serves them all. */
const STATUS_SLOT_SEQUENCE = 'status-list-slot';

/** A certificate's number (per programme and year) and revocation slot, taken once: a number taken by a run that then loses the claim is a gap. */
const allocate = async (
  deps: Pick<CertificateDependencies, 'sequences' | 'clock'>,
  certificate: Certificate,
): Promise<Required<Pick<Certificate, 'number' | 'statusList'>>> => {
  const year = issueYear(deps.clock().toISOString());
  const [sequence, slot] = await Promise.all([
    deps.sequences.next(numberSequence(certificate.programmeId, year)),
    deps.sequences.next(STATUS_SLOT_SEQUENCE),
  ]);
  return { number: certificateNumber(certificate.numberPrefix, year, sequence), statusList: statusListPosition(slot - 1) };
};

/** Where a certificate's PDF is kept in the private bucket. */
export const certificatePdfKey = (certificateId: string): string => `${CERTIFICATE_FILE_PREFIX}${certificateId}.pdf`;

/**
 * Issues one requested certificate: claims it for this run with its number and revocation slot
 * (taken once and recorded before anything is signed, so a retry signs the same), signs its Open Badges credential, renders the PDF
 * that carries it, stores the PDF privately and publishes the credential on the verification site
 * (with the status list, the first time a list is used), then marks it issued and mails the holder.
 * Every step is safe to repeat: a run that dies part-way leaves the certificate requested, and the
 * next run finishes it. `skipped`: another issuer moved it first.
 */
export const issueCertificate = async (
  deps: Pick<
    CertificateDependencies,
    'certificates' | 'holders' | 'sequences' | 'signer' | 'site' | 'statusLists' | 'renderer' | 'files' | 'mailQueue' | 'clock'
  >,
  requested: Certificate,
): Promise<'issued' | 'skipped'> => {
  if (requested.status !== 'requested') return 'skipped';
  // The claim: one conditional write takes the certificate for this run (and its number and slot, the
  // first time), so of issuers that read it at once exactly one signs, renders and publishes it.
  const slots = requested.number !== undefined && requested.statusList !== undefined ? undefined : await allocate(deps, requested);
  const certificate: Certificate = {
    ...requested,
    ...slots,
    updatedAt: deps.clock().toISOString(),
    version: requested.version + 1,
  };
  if ((await deps.certificates.update(certificate, requested.version)) === 'version-conflict') return 'skipped';
  const { number, statusList } = certificate as Certificate & Required<Pick<Certificate, 'number' | 'statusList'>>;
  const issuedAt = deps.clock().toISOString();
  const url = verificationUrl(deps.site.baseUrl, certificate.id);
  const credentialJwt = await signCredentialJwt(
    openBadgeCredential({
      certificateId: certificate.id,
      number,
      holderName: certificate.holderName,
      holderLanguage: certificate.language,
      programmeId: certificate.programmeId,
      programmeName: certificate.programmeName,
      seasonTitle: certificate.seasonTitle,
      achievementId: certificate.achievement.id,
      achievementName: certificate.achievement.name,
      achievementDescription: certificate.achievement.description,
      ...(certificate.track === undefined ? {} : { track: certificate.track.name }),
      issuedAt,
      issuerName: certificate.issuerName,
      publicBaseUrl: deps.site.baseUrl,
      statusList,
    }),
    deps.signer,
  );
  const pdf = await deps.renderer.certificate({
    layout: certificate.layout,
    language: certificate.language,
    number,
    holderName: certificate.holderName,
    programmeName: certificate.programmeName,
    seasonTitle: certificate.seasonTitle,
    achievement: certificate.achievement.name,
    ...(certificate.track === undefined ? {} : { track: certificate.track.name }),
    issuedAt,
    issuerName: certificate.issuerName,
    verificationUrl: url,
    credentialJwt,
  });
  await Promise.all([
    deps.files.put({ key: certificatePdfKey(certificate.id), body: pdf }),
    deps.site.put(PUBLISHED_PATHS.credential(certificate.id), credentialJwt, 'application/vc+jwt'),
  ]);
  // A list is published when its first certificate is issued, so every credential's status URL answers.
  if ((await deps.statusLists.snapshot(statusList.listId)).published === undefined) await publishStatusList(deps, statusList.listId);
  const issued: Certificate & { readonly number: string } = {
    ...certificate,
    number,
    status: 'issued',
    issuedAt,
    credentialJwt,
    updatedAt: issuedAt,
    version: certificate.version + 1,
  };
  if ((await deps.certificates.update(issued, certificate.version)) === 'version-conflict') return 'skipped';
  const holder = await deps.holders.find(certificate.applicantId);
  if (holder !== undefined) {
    await deps.mailQueue.enqueue(
      {
        id: `certificate-issued:${certificate.id}`,
        seasonId: certificate.seasonId,
        mail: certificateIssuedMail(issued, holder.email, url),
      },
      deps.clock(),
    );
  }
  return 'issued';
};
