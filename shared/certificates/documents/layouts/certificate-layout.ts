import type { LocalisedText } from '../../../platform/errors/app-error.ts';

/**
 * The frame around a certificate: a programme's form is recognised by it before a word is read.
 * - `double-rule`: two rules, the outer one heavy;
 * - `corner-marks`: a thin rule with heavy marks on the four corners;
 * - `side-band`: a band of the accent colour down the left edge, a thin rule round the rest;
 * - `single-rule`: one rule.
 */
export type CertificateBorder = 'double-rule' | 'corner-marks' | 'side-band' | 'single-rule';

/**
 * A programme's established form of certificate, as data: the drawing (render-certificate-pdf.ts)
 * is the same for every programme, so a new form is a new object of this shape.
 */
export interface CertificateLayout {
  /** The word at the head of the page. */
  readonly title: LocalisedText;
  /** Hex colours: the title, the border and the holder's status; the second the border's detail. */
  readonly accent: string;
  readonly secondAccent: string;
  /** The words before the holder's name. */
  readonly lead: LocalisedText;
  /** What the holder did, the words after their name, followed by the programme's name and season. */
  readonly achieved: LocalisedText;
  readonly border: CertificateBorder;
}
