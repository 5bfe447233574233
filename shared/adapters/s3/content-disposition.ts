/**
 * `attachment` with the applicant's original file name (RFC 6266): an ASCII fallback for old
 * clients and the exact UTF-8 name in `filename*`, since names are often Cyrillic.
 */
export const attachmentDisposition = (fileName: string): string => {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
};
