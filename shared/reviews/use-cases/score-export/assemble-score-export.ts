import { csvLine, UTF8_BOM } from '../../../platform/text/csv-line.ts';
import { scoreExportHeader } from '../../domain/export/score-export-layout.ts';
import { scoreExportFileKey, scoreExportPartKey } from '../../domain/export/score-export-objects.ts';
import type { ExportAssembly, ScoreExport } from '../../score-export-schema.ts';
import type { ScoreExportDependencies } from './score-export-dependencies.ts';

/**
 * Bytes of the file one AssemblePart step uploads (the last part may be smaller). S3 refuses a
 * multipart part under 5 MiB unless it is the last, and allows 10,000 parts: 8 MiB parts hold an
 * 80 GB file, far beyond a million applications' few hundred megabytes, and one step reads and
 * sends 8 MiB well within the task's timeout.
 */
export const EXPORT_PART_BYTES = 8 * 1024 * 1024;
/** Part objects read at once. */
const AT_ONCE = 16;

const encoder = new TextEncoder();

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
};

/** The part objects after `from`, in file order (shard by shard, part by part). */
const remaining = (run: ScoreExport, from: Pick<ExportAssembly, 'shard' | 'part'>): { shard: number; part: number }[] =>
  run.shards.flatMap((shard, index) =>
    Array.from({ length: shard.parts }, (_, part) => ({ shard: index, part })).filter(
      (next) => next.shard > from.shard || (next.shard === from.shard && next.part >= from.part),
    ),
  );

/**
 * The scoreExport machine's AssemblePart task, run in a loop once every shard is read: the file is
 * ONE multipart upload, and each step uploads one part of at least EXPORT_PART_BYTES made of the
 * next part objects in order (the first part begins with the BOM and the header), then checkpoints
 * where it stopped. The last step completes the upload and marks the export ready. A step retried
 * after a crash rebuilds the same part from the same checkpoint and uploads it again under the same
 * number, which replaces it.
 *
 * Why join in a loop rather than let the browser fetch many files: staff want one file, and a single
 * Lambda cannot copy hundreds of megabytes within its timeout.
 */
export const assembleScoreExport = async (
  deps: Pick<ScoreExportDependencies, 'scoreExports' | 'exportFiles' | 'clock'>,
  position: { readonly exportId: string; readonly seasonId: string },
  partBytes: number = EXPORT_PART_BYTES,
): Promise<{ readonly done: boolean }> => {
  const run = await deps.scoreExports.find(position.seasonId, position.exportId);
  if (run === undefined) throw new Error('The run of a running score export is gone');
  if (run.status === 'ready') return { done: true };
  const key = scoreExportFileKey(run.seasonId, run.id);
  const assembly: ExportAssembly = run.assembly ?? {
    uploadId: await deps.exportFiles.startUpload(key),
    shard: 0,
    part: 0,
    uploaded: [],
    bytes: 0,
  };

  const chunks: Uint8Array[] = assembly.uploaded.length === 0 ? [encoder.encode(UTF8_BOM + csvLine(scoreExportHeader(run.layout)))] : [];
  let size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  const queue = remaining(run, assembly);
  let taken = 0;
  while (size < partBytes && taken < queue.length) {
    const batch = queue.slice(taken, taken + AT_ONCE);
    const texts = await Promise.all(batch.map((next) => deps.exportFiles.readPart(scoreExportPartKey(run.id, next.shard, next.part))));
    for (const text of texts) {
      if (text === undefined) throw new Error(`A part object of score export ${run.id} is missing`);
      const bytes = encoder.encode(text);
      chunks.push(bytes);
      size += bytes.length;
    }
    taken += batch.length;
  }
  const stop = queue[taken];
  const done = stop === undefined;

  const uploaded = [...assembly.uploaded];
  if (chunks.length > 0) {
    const partNumber = uploaded.length + 1;
    const etag = await deps.exportFiles.uploadPart({ key, uploadId: assembly.uploadId, partNumber, body: concat(chunks) });
    uploaded.push({ partNumber, etag });
  }
  const next: ExportAssembly = {
    uploadId: assembly.uploadId,
    shard: stop?.shard ?? run.shards.length,
    part: stop?.part ?? 0,
    uploaded,
    bytes: assembly.bytes + size,
  };
  const at = deps.clock().toISOString();
  const written = await deps.scoreExports.checkpointAssembly(run, run.assembly?.uploaded.length, next, at);
  if (written === 'moved-on') throw new Error(`Another execution is assembling score export ${run.id}`);
  if (!done) return { done: false };

  await deps.exportFiles.completeUpload({ key, uploadId: next.uploadId, parts: next.uploaded });
  await deps.scoreExports.finish(run, { key, bytes: next.bytes }, deps.clock().toISOString());
  return { done: true };
};
