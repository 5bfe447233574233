import type { ByteSource } from './byte-source.ts';

/**
 * ISO BMFF (MP4) box framing shared by the duration readers. Boxes are walked header by header
 * through ranged reads; payloads (mdat above all) are skipped by their size, never read.
 */
export interface Box {
  readonly type: string;
  readonly dataOffset: number;
  readonly end: number;
}

export const u32 = (bytes: Uint8Array, at: number): number => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at);
export const u64 = (bytes: Uint8Array, at: number): bigint =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(at);

/** A box header at `at` of bytes in memory: 32-bit size and type; size 1 means a 64-bit size follows, 0 means "to the end of the parent". */
export const boxAt = (bytes: Uint8Array, at: number, parentEnd: number): Box | undefined => {
  if (at + 8 > bytes.length) return undefined;
  const size32 = u32(bytes, at);
  const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
  let size: number;
  let header = 8;
  if (size32 === 1) {
    if (at + 16 > bytes.length) return undefined;
    size = Number(u64(bytes, at + 8));
    header = 16;
  } else {
    size = size32 === 0 ? parentEnd - at : size32;
  }
  if (size < header || at + size > parentEnd) return undefined;
  return { type, dataOffset: at + header, end: at + size };
};

/** The box header at `offset` of a stored file; offsets in the answer are the file's. */
export const readBox = async (source: ByteSource, offset: number, parentEnd: number): Promise<Box | undefined> => {
  const box = boxAt(await source.read(offset, 16), 0, parentEnd - offset);
  return box === undefined ? undefined : { type: box.type, dataOffset: offset + box.dataOffset, end: offset + box.end };
};

/** The children of a box read whole into memory (a moof, a trak), in order; undefined when one is malformed. */
export const childBoxes = (bytes: Uint8Array, start: number, end: number): Box[] | undefined => {
  const found: Box[] = [];
  for (let at = start; at < end; ) {
    const box = boxAt(bytes, at, end);
    if (box === undefined) return undefined;
    found.push(box);
    at = box.end;
  }
  return found;
};

/** A file of ours has a handful of boxes per level (ftyp, moov, mdat, free; mvhd, trak, mvex); more is a crafted file. */
const MAX_BOXES_PER_LEVEL = 256;

/** The first child of the given type, walking sibling headers only (mdat is skipped, never read). */
export const findChild = async (source: ByteSource, start: number, end: number, type: string): Promise<Box | undefined> => {
  let offset = start;
  for (let walked = 0; walked < MAX_BOXES_PER_LEVEL && offset < end; walked++) {
    const box = await readBox(source, offset, end);
    if (box === undefined) return undefined;
    if (box.type === type) return box;
    offset = box.end;
  }
  return undefined;
};

/** Up to `bytes` of a full box's payload: version (1 byte), flags (3), then the fields of that version. */
export const readFullBox = async (source: ByteSource, box: Box, bytes: number): Promise<Uint8Array | undefined> => {
  const payload = await source.read(box.dataOffset, Math.min(bytes, box.end - box.dataOffset));
  return payload.length === 0 ? undefined : payload;
};

/** The direct children of a stored box, headers only; undefined when one is malformed or there are implausibly many. */
export const listChildren = async (source: ByteSource, start: number, end: number): Promise<Box[] | undefined> => {
  const found: Box[] = [];
  for (let offset = start; offset < end; ) {
    if (found.length === MAX_BOXES_PER_LEVEL) return undefined;
    const box = await readBox(source, offset, end);
    if (box === undefined) return undefined;
    found.push(box);
    offset = box.end;
  }
  return found;
};
