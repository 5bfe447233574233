import * as z from 'zod';
import { localIdSchema, programmeIdSchema, seasonIdSchema, subjectIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../platform/workflow/workflow-failure-text.ts';

/**
 * A CSV export of a season's review scores: one row per application and rubric. It runs off the
 * request path (the scoreExport state machine) and is the run's checkpoint and its report at once,
 * like a cohort gate's run: each shard of the season's index has its position, each page adds its
 * counts in the same write, and the assembly of the file keeps its own position.
 */
export const SCORE_EXPORT_STATUSES = ['running', 'assembling', 'ready', 'failed'] as const;
export type ScoreExportStatus = (typeof SCORE_EXPORT_STATUSES)[number];

export const scoreExportIdSchema = uuidSchema;

export const scoreExportInputSchema = z.strictObject({
  stage: localIdSchema.optional().describe('Only applications now at this stage of the pipeline; absent: every application of the season.'),
  rubricId: localIdSchema.optional().describe('Only this rubric’s rows; absent: every rubric of the programme.'),
});
export type ScoreExportInput = z.infer<typeof scoreExportInputSchema>;

/**
 * The file's columns, fixed when the export starts (a programme edited while it runs cannot shift
 * a column under rows already written): the rubrics exported with their criteria, and how many
 * reviewers a row has room for.
 */
export const scoreExportLayoutSchema = z.strictObject({
  rubrics: z
    .array(z.strictObject({ id: localIdSchema, name: z.string().max(200), stage: localIdSchema, criteria: z.array(localIdSchema).max(20) }))
    .max(20),
  criteria: z.array(localIdSchema).max(400),
  reviewerSlots: z.int().min(1).max(20),
});
export type ScoreExportLayout = z.infer<typeof scoreExportLayoutSchema>;

/**
 * Where a shard of the season's index stands: `page` pages checkpointed, `parts` of them written as
 * part objects (a page without a scored application writes none), `after` the index sort key the
 * last page stopped at.
 */
export const exportShardSchema = z.strictObject({
  page: z.int().min(0),
  parts: z.int().min(0),
  done: z.boolean(),
  after: z.string().min(1).optional(),
});
export type ExportShard = z.infer<typeof exportShardSchema>;

/** How far the part objects have been joined into the file: the next part object to read and the multipart upload's parts so far. */
export const exportAssemblySchema = z.strictObject({
  uploadId: z.string().min(1).max(1024),
  shard: z.int().min(0),
  part: z.int().min(0),
  uploaded: z.array(z.strictObject({ partNumber: z.int().min(1).max(10_000), etag: z.string().min(1).max(200) })).max(10_000),
  bytes: z.int().min(0),
});
export type ExportAssembly = z.infer<typeof exportAssemblySchema>;

export const exportFailureSchema = z.strictObject({
  at: isoDateTime(),
  error: z.string().max(MAX_WORKFLOW_ERROR_LENGTH),
  cause: z.string().max(MAX_WORKFLOW_CAUSE_LENGTH).optional(),
});

export const scoreExportSchema = z.strictObject({
  id: scoreExportIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  filters: scoreExportInputSchema,
  layout: scoreExportLayoutSchema,
  status: z.enum(SCORE_EXPORT_STATUSES),
  requestedBy: subjectIdSchema,
  requestedAt: isoDateTime(),
  updatedAt: isoDateTime(),
  finishedAt: isoDateTime().optional(),
  /** Applications read from the index, and rows written. */
  applications: z.int().min(0),
  rows: z.int().min(0),
  shards: z.array(exportShardSchema).max(64),
  assembly: exportAssemblySchema.optional(),
  file: z.strictObject({ key: z.string().min(1).max(1024), bytes: z.int().min(0) }).optional(),
  failure: exportFailureSchema.optional(),
  /** When the run and its file go (DynamoDB TTL, epoch seconds; the bucket's lifecycle removes the file). */
  expiresAt: z.int().min(0),
});
export type ScoreExport = z.infer<typeof scoreExportSchema>;

/** Error names as Step Functions and the SDKs give them (`States.TaskFailed`, `TransientError`). */
const ERROR_NAME = /^[\w.:-]*$/;

/** The export as staff see it. */
export const scoreExportViewSchema = z.strictObject({
  exportId: scoreExportIdSchema,
  seasonId: seasonIdSchema,
  status: z.enum(SCORE_EXPORT_STATUSES),
  filters: scoreExportInputSchema,
  applications: z.int().min(0).describe('Applications read so far'),
  rows: z.int().min(0).describe('Rows written so far (one per application and rubric with reviews)'),
  requestedAt: isoDateTime(),
  finishedAt: isoDateTime().optional(),
  expiresAt: isoDateTime().describe('When the export and its file are deleted'),
  bytes: z.int().min(0).optional().describe('The file’s size, once ready'),
  failure: z
    .strictObject({ at: isoDateTime(), error: z.string().max(MAX_WORKFLOW_ERROR_LENGTH).regex(ERROR_NAME) })
    .optional()
    .describe('Why it failed: the failed step’s error name (its cause stays in the logs)'),
});
export type ScoreExportView = z.infer<typeof scoreExportViewSchema>;

export const scoreExportViewOf = (run: ScoreExport): ScoreExportView => ({
  exportId: run.id,
  seasonId: run.seasonId,
  status: run.status,
  filters: run.filters,
  applications: run.applications,
  rows: run.rows,
  requestedAt: run.requestedAt,
  ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt }),
  expiresAt: new Date(run.expiresAt * 1000).toISOString(),
  ...(run.file === undefined ? {} : { bytes: run.file.bytes }),
  ...(run.failure === undefined ? {} : { failure: { at: run.failure.at, error: run.failure.error.replace(/[^\w.:-]/g, '_') } }),
});

export const scoreExportLinkSchema = z.strictObject({
  url: z.url().max(4096).describe('A presigned GET of the CSV file (UTF-8 with BOM), valid until `expiresAt`'),
  expiresAt: isoDateTime(),
  fileName: z
    .string()
    .max(200)
    .regex(/^[\w.-]+$/),
});
export type ScoreExportLink = z.infer<typeof scoreExportLinkSchema>;
