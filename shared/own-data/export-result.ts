import type { RouteResult } from '../platform/http/route.ts';
import { exportDocument } from './domain/export-document.ts';
import { renderExportHtml } from './domain/render-export-html.ts';
import { EXPORT_HTML_CONTENT_TYPE, EXPORT_PDF_CONTENT_TYPE, type ExportFormat } from './export-format.ts';
import type { OwnDataExport } from './own-data-export-schema.ts';

/** Personal data: never kept by a browser's or a proxy's cache. */
const PRIVATE = { 'cache-control': 'private, no-store' };

/** The page runs nothing and loads nothing: its only style is inline. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The export's 200 answer in the format asked for. The PDF renderer (pdf-lib, fontkit and the
 * fonts: over a megabyte) loads at the first PDF asked for, so a JSON or HTML answer never reads it.
 */
export const exportResult = async (exported: OwnDataExport, format: ExportFormat): Promise<RouteResult> => {
  const fileName = `cadre-data-${exported.generatedAt.slice(0, 10)}`;
  if (format === 'json') return { status: 200, body: exported, headers: PRIVATE };
  const document = exportDocument(exported, exported.language);
  if (format === 'html')
    return {
      status: 200,
      body: renderExportHtml(document),
      headers: {
        ...PRIVATE,
        'content-type': EXPORT_HTML_CONTENT_TYPE,
        'content-security-policy': PAGE_POLICY,
        'content-disposition': `inline; filename="${fileName}.html"`,
      },
    };
  const { renderExportPdf } = await import('./documents/render-export-pdf.ts');
  const pdf = await renderExportPdf(document, new Date(exported.generatedAt));
  return {
    status: 200,
    body: Buffer.from(pdf).toString('base64'),
    isBase64Encoded: true,
    headers: { ...PRIVATE, 'content-type': EXPORT_PDF_CONTENT_TYPE, 'content-disposition': `attachment; filename="${fileName}.pdf"` },
  };
};
