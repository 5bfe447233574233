import { CERTIFICATE_FILE_PREFIX } from '../domain/certificate-file-objects.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { letterNotFinal } from '../certificate-errors.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';
import { CERTIFICATE_LINK_SECONDS } from './certificate-download.ts';
import { ownCertificate } from './own-certificate.ts';

/** Where a letter's PDF is kept, beside the certificates: one per application, rendered once, since a final letter never changes. */
export const letterPdfKey = (applicationId: string): string => `${CERTIFICATE_FILE_PREFIX}letters/${applicationId}.pdf`;

/**
 * A short-lived link to the recommendation letter of the holder's certificate (Объединение
 * наставников: the mentor's letter beside the certificate), as a PDF with the mentor's name and
 * role. Rendered at the first download and kept: a final letter never changes. 409 while the mentor
 * has not signed it off.
 */
export const letterDownload = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'letters' | 'renderer' | 'files' | 'clock'>,
  identity: Identity,
  certificateId: string,
): Promise<{ readonly url: string; readonly expiresAt: string }> => {
  const certificate = await ownCertificate(deps, identity, certificateId);
  const key = letterPdfKey(certificate.applicationId);
  if (!(await deps.files.exists(key))) {
    const letter = await deps.letters.find(certificate.applicationId);
    if (letter === undefined) throw letterNotFinal();
    const programme = certificate.programmeName;
    const pdf = await deps.renderer.letter({
      language: letter.language,
      holderName: certificate.holderName,
      mentorName: letter.mentorName,
      mentorRole: { ru: `Наставник программы «${programme.ru}»`, en: `Mentor of the ${programme.en} programme` },
      programmeName: programme,
      seasonTitle: certificate.seasonTitle,
      text: letter.text,
      finalisedAt: letter.finalisedAt,
      ...(certificate.number === undefined ? {} : { number: certificate.number }),
    });
    await deps.files.put({ key, body: pdf });
  }
  const url = await deps.files.downloadUrl({ key, fileName: 'recommendation-letter.pdf', expiresInSeconds: CERTIFICATE_LINK_SECONDS });
  return { url, expiresAt: new Date(deps.clock().getTime() + CERTIFICATE_LINK_SECONDS * 1000).toISOString() };
};
