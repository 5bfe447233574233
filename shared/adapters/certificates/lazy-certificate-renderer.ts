import type { CertificateRenderer } from '../../certificates/ports/certificate-renderer.ts';
import { once } from '../../platform/wiring/once.ts';

/** The PDF renderers (pdf-lib, fontkit, the fonts: over a megabyte) load at the first render, in chunks of their own. */
export const lazyCertificateRenderer = (): CertificateRenderer => {
  const certificate = once(() => import('../../certificates/documents/render-certificate-pdf.ts'));
  const letter = once(() => import('../../certificates/documents/render-letter-pdf.ts'));
  return {
    certificate: async (input) => (await certificate()).renderCertificatePdf(input),
    letter: async (input) => (await letter()).renderLetterPdf(input),
  };
};
