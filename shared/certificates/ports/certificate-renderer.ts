import type { CertificateDocumentInput, LetterDocumentInput } from '../documents/document-inputs.ts';

/** The PDFs of certificates and letters (shared/certificates/documents), behind a port so a function loads them only to render. */
export interface CertificateRenderer {
  certificate(input: CertificateDocumentInput): Promise<Uint8Array>;
  letter(input: LetterDocumentInput): Promise<Uint8Array>;
}
