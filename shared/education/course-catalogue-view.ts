import * as z from 'zod';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { liveBroadcastSchema, recordedWebinarSchema, type CourseCatalogue } from './course-catalogue-schema.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/** A season's catalogue as staff read it; `version` 0 means none was defined yet (send 0 to create it). */
export const courseCatalogueViewSchema = z.strictObject({
  seasonId: seasonIdSchema,
  webinars: z.array(recordedWebinarSchema).max(100),
  broadcasts: z.array(liveBroadcastSchema).max(100),
  version: z.int().min(0),
  updatedAt: isoDateTime().optional(),
});
export type CourseCatalogueView = z.infer<typeof courseCatalogueViewSchema>;

export const toCourseCatalogueView = (seasonId: string, catalogue: CourseCatalogue | undefined): CourseCatalogueView =>
  catalogue === undefined
    ? { seasonId, webinars: [], broadcasts: [], version: 0 }
    : {
        seasonId,
        webinars: catalogue.webinars,
        broadcasts: catalogue.broadcasts,
        version: catalogue.version,
        updatedAt: catalogue.updatedAt,
      };
