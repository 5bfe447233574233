import * as z from 'zod';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { seasonIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { disclosureReaderSchema } from './disclosure-schema.ts';

export const RELEASE_EXPORT_FORMATS = ['json', 'csv'] as const;
export type ReleaseExportFormat = (typeof RELEASE_EXPORT_FORMATS)[number];

/** POST /partner-organisations/{organisationId}/release-exports */
export const releaseExportInputSchema = z.strictObject({
  seasonId: seasonIdSchema.describe('The season whose releases the file holds.'),
  format: z
    .enum(RELEASE_EXPORT_FORMATS)
    .default('json')
    .describe('`json` (the partner API’s shape) or `csv` (UTF-8 with a BOM, one row per application, formula-safe).'),
});
export type ReleaseExportInput = z.infer<typeof releaseExportInputSchema>;

/**
 * A push export of an organisation's releases of one season: a file in the bucket and a link mailed
 * to the organisation's contacts. The link names the export and carries a secret whose SHA-256
 * digest alone is stored, so the record does not open the file to whoever reads the table.
 */
export const releaseExportSchema = z.strictObject({
  id: uuidSchema,
  organisationId: partnerOrganisationIdSchema,
  seasonId: seasonIdSchema,
  format: z.enum(RELEASE_EXPORT_FORMATS),
  requestedBy: disclosureReaderSchema,
  requestedAt: isoDateTime(),
  /** Released applications in the file. */
  applications: z.int().min(1),
  fileKey: z.string().min(1).max(300),
  linkSecretDigest: z.string().regex(/^[0-9a-f]{64}$/),
  linkValidUntil: isoDateTime(),
  mailedTo: z.int().min(0),
  downloads: z.int().min(0),
  lastDownloadAt: isoDateTime().optional(),
});
export type ReleaseExport = z.infer<typeof releaseExportSchema>;

/** The answer to an export: what was sent where, never the link (it went to the organisation's contacts). */
export const releaseExportViewSchema = releaseExportSchema.pick({
  id: true,
  organisationId: true,
  seasonId: true,
  format: true,
  requestedAt: true,
  applications: true,
  linkValidUntil: true,
  mailedTo: true,
});
export type ReleaseExportView = z.infer<typeof releaseExportViewSchema>;
