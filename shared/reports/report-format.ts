import type { RouteResult } from '../platform/http/route.ts';

/** The content type of a report as CSV, as the routes declare it among their alternatives. */
export const REPORT_CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const ACCEPTS_CSV = /(^|,)\s*text\/csv\s*(;|,|$)/i;

/** CSV when `?format=csv`, or without `format` when the Accept header names text/csv; JSON otherwise. */
export const wantsCsv = (format: 'json' | 'csv' | undefined, accept: string | undefined): boolean =>
  format === undefined ? ACCEPTS_CSV.test(accept ?? '') : format === 'csv';

/** A report's 200 answer, as JSON or as the CSV rendering of the same report, with a file name a browser saves it under. */
export const reportResult = <R>(
  report: R,
  request: { readonly format: 'json' | 'csv' | undefined; readonly accept: string | undefined; readonly fileName: string },
  csv: (report: R) => string,
): RouteResult =>
  wantsCsv(request.format, request.accept)
    ? {
        status: 200,
        body: csv(report),
        headers: {
          'content-type': REPORT_CSV_CONTENT_TYPE,
          'content-disposition': `attachment; filename="${request.fileName}.csv"`,
          'cache-control': 'private, no-store',
        },
      }
    : { status: 200, body: report, headers: { 'cache-control': 'private, no-store' } };
