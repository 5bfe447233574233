import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { EXPORT_LIMITS } from './domain/export-window.ts';
import { EXPORT_HTML_CONTENT_TYPE, EXPORT_PDF_CONTENT_TYPE } from './export-format.ts';
import { ownDataExportSchema } from './own-data-export-schema.ts';

const asHtml = z
  .string()
  .max(6_000_000)
  .regex(/^<!doctype html>/)
  .meta({ id: 'OwnDataExportHtml' })
  .describe('The same export as one self-contained HTML page, in the language asked for.');
const asPdf = z
  .string()
  .max(6_000_000)
  .meta({ id: 'OwnDataExportPdf', format: 'binary' })
  .describe('The same export as a PDF (A4, PT Sans), in the language asked for.');

export const getMyDataExportRoute = defineRoute({
  operationId: 'getMyDataExport',
  method: 'GET',
  path: '/me/export',
  capability: 'own-data',
  roles: ['applicant'],
  summary: 'Everything cadre holds about you, as JSON, a readable page or a PDF',
  description: `Your profile, every consent (with its text version and time, a guardian’s too), every application with its whole history, answers, track, stage and team, your documents (what they are, and the path to fetch a five-minute download link), learning progress, the reviewers’ comments meant for you and your scores, interview bookings, internship placements, mentoring (pair, sessions, recommendation letter), certificates, and which organisation received which of your fields when (152-FZ Art. 14; GDPR Art. 15 and 20). JSON by default (\`schemaVersion\` names its shape); \`?format=html\` (or \`Accept: text/html\`) a page, \`?format=pdf\` (or \`Accept: application/pdf\`) a PDF, in your profile’s language unless \`lang\` says otherwise. At most ${EXPORT_LIMITS.perWindow} exports an hour.`,
  tags: ['own-data'],
  request: {
    query: z.strictObject({
      format: z.enum(['json', 'html', 'pdf']).optional().describe('Wins over the Accept header.'),
      lang: z.enum(['ru', 'en']).optional().describe('The language of the page or PDF; the profile’s `preferredLanguage` when absent.'),
    }),
  },
  responses: {
    200: {
      description: 'Your data',
      body: ownDataExportSchema,
      alternatives: { [EXPORT_HTML_CONTENT_TYPE]: asHtml, [EXPORT_PDF_CONTENT_TYPE]: asPdf },
    },
    429: {
      description: `More than ${EXPORT_LIMITS.perWindow} exports in the hour (\`too-many-exports\`); the \`Retry-After\` header says in how many seconds to try again. Nothing is read.`,
    },
  },
});

export const ownDataRoutes = [getMyDataExportRoute] as const;
