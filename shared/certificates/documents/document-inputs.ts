import type { CertificateLayout } from '../../catalogue/domain/config/certificates-schema.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';

/** The established form a programme's certificates take (its settings name it; layouts/certificate-layouts.ts draws it). */
export type CertificateLayoutId = CertificateLayout;

/** Everything printed on a certificate, in both languages where it has two. */
export interface CertificateDocumentInput {
  readonly layout: CertificateLayoutId;
  /** The holder's: first on the page, the other second. */
  readonly language: 'ru' | 'en';
  /** The human number, e.g. 'ПК-2026-000123'. */
  readonly number: string;
  /** Cyrillic or Latin, as in the profile. */
  readonly holderName: string;
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  /** What the holder achieved, e.g. { ru: 'Финалист', en: 'Finalist' }. */
  readonly achievement: LocalisedText;
  readonly track?: LocalisedText;
  /** ISO; printed as a date in each language, in Moscow time. */
  readonly issuedAt: string;
  readonly issuerName: LocalisedText;
  /** Printed and drawn as the QR code. */
  readonly verificationUrl: string;
  /** The signed Open Badges credential, embedded as credential.jwt so the PDF alone can be verified. */
  readonly credentialJwt: string;
}

/** A mentor's recommendation letter. */
export interface LetterDocumentInput {
  /** The letter's own language (the mentor wrote it in one). */
  readonly language: 'ru' | 'en';
  readonly holderName: string;
  readonly mentorName: string;
  /** E.g. { ru: 'Наставник программы «Объединение наставников»', en: ... }. */
  readonly mentorRole: LocalisedText;
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  /** Up to 6,000 characters, paragraphs separated by blank lines. */
  readonly text: string;
  /** ISO; printed as the letter's date, in Moscow time. */
  readonly finalisedAt: string;
  readonly number?: string;
}
