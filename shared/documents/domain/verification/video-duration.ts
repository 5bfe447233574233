import type { DocumentFormat } from '../../../catalogue/domain/config/document-requirements-schema.ts';
import type { ByteSource } from './byte-source.ts';
import { mp4DurationSeconds } from './mp4-container.ts';
import { webmDurationSeconds } from './webm-container.ts';

const READERS: Partial<Record<DocumentFormat, (source: ByteSource) => Promise<number | undefined>>> = {
  mp4: mp4DurationSeconds,
  webm: webmDurationSeconds,
};

/** The duration the container states, in seconds; undefined when it cannot be read (or the format has none). */
export const videoDurationSeconds = async (format: DocumentFormat, source: ByteSource): Promise<number | undefined> =>
  READERS[format]?.(source);
