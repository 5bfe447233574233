import type { ByteSource } from './byte-source.ts';

/** A file of ours has a handful of top-level boxes (ftyp, moov, mdat, free); more is a crafted file. */
const MAX_BOXES_PER_LEVEL = 256;
const UNKNOWN_DURATION_32 = 0xffffffff;
const UNKNOWN_DURATION_64 = 0xffffffffffffffffn;

interface Box {
  readonly type: string;
  readonly dataOffset: number;
  readonly end: number;
}

const u32 = (bytes: Uint8Array, at: number): number => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at);
const u64 = (bytes: Uint8Array, at: number): bigint => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(at);

/** ISO BMFF box header: 32-bit size and type; size 1 means a 64-bit size follows, 0 means "to the end of the file". */
const readBox = async (source: ByteSource, offset: number, parentEnd: number): Promise<Box | undefined> => {
  const bytes = await source.read(offset, 16);
  if (bytes.length < 8) return undefined;
  const size32 = u32(bytes, 0);
  const type = String.fromCharCode(...bytes.subarray(4, 8));
  let size: number;
  let header = 8;
  if (size32 === 1) {
    if (bytes.length < 16) return undefined;
    size = Number(u64(bytes, 8));
    header = 16;
  } else {
    size = size32 === 0 ? parentEnd - offset : size32;
  }
  if (size < header || offset + size > parentEnd) return undefined;
  return { type, dataOffset: offset + header, end: offset + size };
};

/** The first child of the given type, walking sibling headers only (mdat is skipped, never read). */
const findChild = async (source: ByteSource, start: number, end: number, type: string): Promise<Box | undefined> => {
  let offset = start;
  for (let walked = 0; walked < MAX_BOXES_PER_LEVEL && offset < end; walked++) {
    const box = await readBox(source, offset, end);
    if (box === undefined) return undefined;
    if (box.type === type) return box;
    offset = box.end;
  }
  return undefined;
};

/** True when the file starts with an ISO BMFF `ftyp` box (size at offset 0, type at offset 4). */
export const hasFtypBox = async (source: ByteSource): Promise<boolean> => {
  const bytes = await source.read(4, 4);
  return String.fromCharCode(...bytes) === 'ftyp';
};

/** Reads a full box's payload: version (1 byte), flags (3), then the fields of that version. */
const readFullBox = async (source: ByteSource, box: Box, bytes: number): Promise<Uint8Array | undefined> => {
  const payload = await source.read(box.dataOffset, Math.min(bytes, box.end - box.dataOffset));
  return payload.length === 0 ? undefined : payload;
};

/**
 * The presentation duration in seconds from moov ▸ mvhd (version 0: 32-bit fields, version 1:
 * 64-bit), wherever moov sits: at the start of a web-optimised file or after mdat. A fragmented
 * file leaves mvhd's duration 0 and states it in moov ▸ mvex ▸ mehd. Undefined when unreadable or unknown.
 */
export const mp4DurationSeconds = async (source: ByteSource): Promise<number | undefined> => {
  if (!(await hasFtypBox(source))) return undefined;
  const moov = await findChild(source, 0, source.size, 'moov');
  if (moov === undefined) return undefined;
  const mvhdBox = await findChild(source, moov.dataOffset, moov.end, 'mvhd');
  if (mvhdBox === undefined) return undefined;
  const mvhd = await readFullBox(source, mvhdBox, 32);
  if (mvhd === undefined) return undefined;

  const version = mvhd[0];
  let timescale: number;
  let duration: bigint;
  if (version === 0 && mvhd.length >= 20) {
    timescale = u32(mvhd, 12);
    const value = u32(mvhd, 16);
    duration = value === UNKNOWN_DURATION_32 ? UNKNOWN_DURATION_64 : BigInt(value);
  } else if (version === 1 && mvhd.length >= 32) {
    timescale = u32(mvhd, 20);
    duration = u64(mvhd, 24);
  } else {
    return undefined;
  }
  if (timescale === 0 || duration === UNKNOWN_DURATION_64) return undefined;

  if (duration === 0n) {
    const mvex = await findChild(source, moov.dataOffset, moov.end, 'mvex');
    const mehdBox = mvex === undefined ? undefined : await findChild(source, mvex.dataOffset, mvex.end, 'mehd');
    const mehd = mehdBox === undefined ? undefined : await readFullBox(source, mehdBox, 12);
    if (mehd === undefined) return undefined;
    if (mehd[0] === 0 && mehd.length >= 8) duration = BigInt(u32(mehd, 4));
    else if (mehd[0] === 1 && mehd.length >= 12) duration = u64(mehd, 4);
    else return undefined;
    if (duration === 0n) return undefined;
  }
  return Number(duration) / timescale;
};
