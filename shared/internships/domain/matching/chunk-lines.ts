/**
 * The most a chunk of a run's inputs may weigh, as JSON: a DynamoDB item holds 400 KB, and the
 * chunk's keys and attribute names take a little of it.
 */
export const MAX_CHUNK_BYTES = 300_000;

/** Lines in chunks of at most `maxLines` and about `maxBytes` of JSON each, in order (a line heavier than that alone in its chunk). */
export const chunkLines = <T>(lines: readonly T[], maxLines: number, maxBytes = MAX_CHUNK_BYTES): T[][] => {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(JSON.stringify(line), 'utf8') + 1;
    if (current.length > 0 && (current.length >= maxLines || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(line);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};
