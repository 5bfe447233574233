import { renderCertificatePdf } from '../../shared/certificates/documents/render-certificate-pdf.ts';
import { renderLetterPdf } from '../../shared/certificates/documents/render-letter-pdf.ts';
import { certificateInput, letterInput } from '../support/certificate-document-fixtures.ts';

/** Renders timed per kind of document, after `warmUp` untimed ones (the fonts' first read, the JIT). */
export const DOCUMENT_RUNS = { warmUp: 5, timed: 50 } as const;

export interface DocumentMeasurement {
  readonly name: string;
  /** The first render of its kind; the process's very first (the certificate's) reads and parses the fonts too. */
  readonly firstMs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly kib: number;
}

const measure = async (name: string, render: () => Promise<Uint8Array>): Promise<DocumentMeasurement> => {
  const firstStarted = performance.now();
  await render();
  const firstMs = performance.now() - firstStarted;
  for (let run = 1; run < DOCUMENT_RUNS.warmUp; run += 1) await render();
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let run = 0; run < DOCUMENT_RUNS.timed; run += 1) {
    const started = performance.now();
    bytes = await render();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return {
    name,
    firstMs,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p95Ms: times[Math.ceil(times.length * 0.95) - 1] ?? 0,
    kib: bytes.length / 1024,
  };
};

/** A ПроКадры certificate (one page, the credential embedded) and a 6,000-character recommendation letter. */
export const benchDocuments = async (): Promise<DocumentMeasurement[]> => {
  const certificate = certificateInput();
  const letter = letterInput();
  return [
    await measure('certificate', () => renderCertificatePdf(certificate)),
    await measure(`letter (${letter.text.length.toLocaleString('en')} characters)`, () => renderLetterPdf(letter)),
  ];
};

export const printDocumentReport = (measurements: readonly DocumentMeasurement[]): void => {
  console.log(
    [
      `\nCertificate documents (shared/certificates/documents: pdf-lib, PT Sans subset, QR code as vectors), ${DOCUMENT_RUNS.timed} renders each after ${DOCUMENT_RUNS.warmUp} to warm up (the very first reads the fonts)`,
      ...measurements.map(
        ({ name, firstMs, medianMs, p95Ms, kib }) =>
          `  ${name}: ${medianMs.toFixed(1)} ms median, ${p95Ms.toFixed(1)} ms p95 (the first ${firstMs.toFixed(0)} ms); ${kib.toFixed(1)} KiB`,
      ),
    ].join('\n'),
  );
};
