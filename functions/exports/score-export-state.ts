import * as z from 'zod';
import { seasonIdSchema } from '../../shared/platform/identifiers/identifiers.ts';
import { scoreExportIdSchema } from '../../shared/reviews/score-export-schema.ts';

/** The scoreExport execution's state, as AssemblePart and RecordFailure read it (`shards`, `assembly` ignored). */
export const scoreExportStateSchema = z.object({ exportId: scoreExportIdSchema, seasonId: seasonIdSchema });

/** A Map iteration's state: the shard it works (ItemSelector, then each page's output). */
export const scoreExportPositionSchema = scoreExportStateSchema.extend({ shard: z.int().min(0).max(63) });

/** What a Catch with `ResultPath: $.error` adds. */
export const failedScoreExportSchema = scoreExportStateSchema.extend({
  error: z.object({ Error: z.string(), Cause: z.string().optional() }),
});
