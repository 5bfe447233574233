import type { DocumentFormat } from '../../../catalogue/domain/config/document-requirements-schema.ts';
import { ascii, startsWith, type ByteSource } from './byte-source.ts';
import { hasFtypBox } from './mp4-container.ts';
import { ebmlDocType } from './webm-container.ts';
import { zipEntryNames } from './zip-entry-names.ts';

const PDF_HEADER = ascii('%PDF-');
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/**
 * Whether the stored bytes are what the applicant declared. The declared content type is only a
 * claim (anyone can rename an executable to .pdf); the file's own signature is the evidence.
 */
const SIGNATURE_MATCHES: Record<DocumentFormat, (source: ByteSource) => Promise<boolean>> = {
  // ISO 32000 puts the header on the first line; readers that tolerate leading junk invite polyglots.
  pdf: async (source) => startsWith(await source.read(0, PDF_HEADER.length), PDF_HEADER),
  // Compound File Binary (OLE2), the container of Word 97–2003 documents.
  doc: async (source) => startsWith(await source.read(0, OLE2_HEADER.length), OLE2_HEADER),
  // OOXML is a zip whose directory lists [Content_Types].xml and the word/ part; other zips
  // (an .xlsx, an archive of anything) are not Word documents.
  docx: async (source) => {
    if (!startsWith(await source.read(0, ZIP_LOCAL_HEADER.length), ZIP_LOCAL_HEADER)) return false;
    const names = await zipEntryNames(source);
    return names?.includes('[Content_Types].xml') === true && names.some((name) => name.startsWith('word/'));
  },
  mp4: hasFtypBox,
  webm: async (source) => (await ebmlDocType(source)) === 'webm',
};

export const signatureMatches = (format: DocumentFormat, source: ByteSource): Promise<boolean> => SIGNATURE_MATCHES[format](source);
