import type { ByteSource } from './byte-source.ts';
import { readFloat, readUnsigned, readVint } from './ebml.ts';

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
} as const;

/** Matroska's default: timestamps in milliseconds. */
const DEFAULT_TIMECODE_SCALE_NS = 1_000_000;
/** Info and the EBML header are a few hundred bytes; a larger one is not a file we accept. */
const MAX_HEADER_ELEMENT_BYTES = 64 * 1024;
/** Elements before Info (SeekHead, Void, Tracks …) are few; a walk longer than this is a crafted file. */
const MAX_ELEMENTS_BEFORE_INFO = 64;

interface ElementHeader {
  readonly id: number;
  readonly dataOffset: number;
  /** Undefined for the "unknown size" a live recorder writes for Segment and Cluster. */
  readonly dataSize: number | undefined;
}

const readHeader = async (source: ByteSource, offset: number): Promise<ElementHeader | undefined> => {
  const bytes = await source.read(offset, 12);
  const id = readVint(bytes, 0);
  if (id === undefined || id.length > 4) return undefined;
  const size = readVint(bytes, id.length);
  if (size === undefined) return undefined;
  return { id: id.raw, dataOffset: offset + id.length + size.length, dataSize: size.value };
};

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
 * (nanoseconds per tick). Undefined when the container is unreadable or declares no duration:
 * without one the length cannot be bounded short of reading every cluster.
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
      const ticks = info.get(ID.duration);
      const duration = ticks === undefined ? undefined : readFloat(ticks);
      const scale = info.get(ID.timecodeScale);
      const nanosecondsPerTick = scale === undefined ? DEFAULT_TIMECODE_SCALE_NS : readUnsigned(scale);
      if (duration === undefined || !Number.isFinite(duration) || duration < 0 || nanosecondsPerTick <= 0) return undefined;
      return (duration * nanosecondsPerTick) / 1e9;
    }
    offset = element.dataOffset + element.dataSize;
  }
  return undefined;
};
