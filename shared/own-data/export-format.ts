/** The content types of the export's renderings, as the route declares them among its alternatives. */
export const EXPORT_HTML_CONTENT_TYPE = 'text/html; charset=utf-8';
export const EXPORT_PDF_CONTENT_TYPE = 'application/pdf';

export type ExportFormat = 'json' | 'html' | 'pdf';

const ACCEPTS = { html: /(^|,)\s*text\/html\s*(;|,|$)/i, pdf: /(^|,)\s*application\/pdf\s*(;|,|$)/i } as const;

/** `?format=` when given; otherwise the first of PDF and HTML the Accept header names; JSON when it names neither. */
export const exportFormatOf = (format: ExportFormat | undefined, accept: string | undefined): ExportFormat => {
  if (format !== undefined) return format;
  if (ACCEPTS.pdf.test(accept ?? '')) return 'pdf';
  if (ACCEPTS.html.test(accept ?? '')) return 'html';
  return 'json';
};
