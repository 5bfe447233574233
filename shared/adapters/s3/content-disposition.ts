/**
 * `attachment` with the applicant's original file name (RFC 6266): an ASCII fallback for old
 * clients and the exact UTF-8 name in `filename*`, since names are often Cyrillic.
 *
 * Never throws, whatever the string: names are checked as free text at upload, but a record stored
 * before that check may hold a lone surrogate (which `encodeURIComponent` refuses with a URIError)
 * or control characters; those become U+FFFD and `_` here, so such a document still downloads.
 */
export const attachmentDisposition = (fileName: string): string => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to replace control characters.
  const name = fileName.toWellFormed().replace(/[\u0000-\u001f\u007f]/g, '_');
  const fallback = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
};
