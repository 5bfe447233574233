import type { ByteSource } from './byte-source.ts';
import { readFloat, readUnsigned, readVint } from './ebml.ts';
import { ID, readHeader, type ElementHeader } from './webm-elements.ts';
import { liveWebmDurationSeconds } from './webm-live-duration.ts';

/** Matroska's default: timestamps in milliseconds. */
const DEFAULT_TIMECODE_SCALE_NS = 1_000_000;
/** Info and the EBML header are a few hundred bytes; a larger one is not a file we accept. */
const MAX_HEADER_ELEMENT_BYTES = 64 * 1024;
/** Elements before Info (SeekHead, Void, Tracks …) are few; a walk longer than this is a crafted file. */
const MAX_ELEMENTS_BEFORE_INFO = 64;

/** The children of an element whose payload was read whole. */
const children = (payload: Uint8Array): Map<number, Uint8Array> => {
  const found = new Map<number, Uint8Array>();
  let at = 0;
  while (at < payload.length) {
    const id = readVint(payload, at);
    if (id === undefined) break;
    const size = readVint(payload, at + id.length);
    if (size?.value === undefined) break;
    const start = at + id.length + size.length;
    if (!found.has(id.raw)) found.set(id.raw, payload.subarray(start, start + size.value));
    at = start + size.value;
  }
  return found;
};

const readPayload = async (source: ByteSource, header: ElementHeader): Promise<Uint8Array | undefined> =>
  header.dataSize === undefined || header.dataSize > MAX_HEADER_ELEMENT_BYTES ? undefined : source.read(header.dataOffset, header.dataSize);

/** The DocType of an EBML file (`webm`, `matroska`), or undefined when the file does not start with an EBML header. */
export const ebmlDocType = async (source: ByteSource): Promise<string | undefined> => {
  const header = await readHeader(source, 0);
  if (header?.id !== ID.ebml) return undefined;
  const payload = await readPayload(source, header);
  const docType = payload === undefined ? undefined : children(payload).get(ID.docType);
  // Strings may be padded with NULs.
  return docType === undefined ? undefined : new TextDecoder().decode(docType).replace(/\0+$/, '');
};

/**
 * The duration in seconds from Segment ▸ Info: Duration (a float in timestamp ticks) × TimecodeScale
 * (nanoseconds per tick). A live recording (a browser's MediaRecorder) writes Info before it knows
 * the length and so has no Duration; its length is then read from the timestamps of its last
 * cluster (see webm-live-duration.ts). Undefined when the container is unreadable.
 */
export const webmDurationSeconds = async (source: ByteSource): Promise<number | undefined> => {
  const ebml = await readHeader(source, 0);
  if (ebml?.id !== ID.ebml || ebml.dataSize === undefined) return undefined;
  const segment = await readHeader(source, ebml.dataOffset + ebml.dataSize);
  if (segment?.id !== ID.segment) return undefined;
  const segmentEnd = segment.dataSize === undefined ? source.size : Math.min(source.size, segment.dataOffset + segment.dataSize);

  let offset = segment.dataOffset;
  for (let walked = 0; walked < MAX_ELEMENTS_BEFORE_INFO && offset < segmentEnd; walked++) {
    const element = await readHeader(source, offset);
    if (element === undefined || element.id === ID.cluster || element.dataSize === undefined) return undefined;
    if (element.id === ID.info) {
      const payload = await readPayload(source, element);
      if (payload === undefined) return undefined;
      const info = children(payload);
      const scale = info.get(ID.timecodeScale);
      const nanosecondsPerTick = scale === undefined ? DEFAULT_TIMECODE_SCALE_NS : readUnsigned(scale);
      if (nanosecondsPerTick <= 0) return undefined;
      const ticks = info.get(ID.duration);
      if (ticks === undefined) {
        return liveWebmDurationSeconds(source, { clustersFrom: element.dataOffset + element.dataSize, segmentEnd, nanosecondsPerTick });
      }
      const duration = readFloat(ticks);
      if (duration === undefined || !Number.isFinite(duration) || duration < 0) return undefined;
      return (duration * nanosecondsPerTick) / 1e9;
    }
    offset = element.dataOffset + element.dataSize;
  }
  return undefined;
};
