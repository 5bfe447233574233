import type { ByteSource } from '../../../shared/documents/domain/verification/byte-source.ts';

/** Counts what a reader asks for, to prove the checks read a few regions, not the file. */
export const countingSource = (source: ByteSource): ByteSource & { readonly bytesRead: () => number; readonly reads: () => number } => {
  let bytes = 0;
  let reads = 0;
  return {
    size: source.size,
    read: async (offset, length) => {
      const chunk = await source.read(offset, length);
      bytes += chunk.length;
      reads += 1;
      return chunk;
    },
    bytesRead: () => bytes,
    reads: () => reads,
  };
};

/**
 * A file of `parts` laid end to end where a part may be a run of zeros of any length that is never
 * allocated: a 100 MB mdat costs nothing, yet a reader that touched it whole would be caught.
 */
export const sparseSource = (parts: readonly (Uint8Array | number)[]): ByteSource => {
  const size = parts.reduce<number>((total, part) => total + (typeof part === 'number' ? part : part.length), 0);
  return {
    size,
    read: async (offset, length) => {
      const end = Math.min(offset + length, size);
      const out = new Uint8Array(Math.max(0, end - offset));
      let start = 0;
      for (const part of parts) {
        const partLength = typeof part === 'number' ? part : part.length;
        if (typeof part !== 'number') {
          const from = Math.max(offset, start);
          const to = Math.min(end, start + partLength);
          if (from < to) out.set(part.subarray(from - start, to - start), from - offset);
        }
        start += partLength;
      }
      return out;
    },
  };
};

/** An ISO BMFF box: 32-bit size, type, payload (or a 64-bit size when `large`). */
export const box = (type: string, payload: Uint8Array, large = false): Uint8Array => {
  const header = Buffer.alloc(large ? 16 : 8);
  if (large) {
    header.writeUInt32BE(1, 0);
    header.writeBigUInt64BE(BigInt(16 + payload.length), 8);
  } else {
    header.writeUInt32BE(8 + payload.length, 0);
  }
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
};

/** mvhd of version 0 or 1 with the given timescale and duration (other fields zero). */
export const mvhd = (version: 0 | 1, timescale: number, duration: bigint): Uint8Array => {
  const body = Buffer.alloc(version === 0 ? 96 + 4 : 108 + 4);
  body.writeUInt8(version, 0);
  if (version === 0) {
    body.writeUInt32BE(timescale, 12);
    body.writeUInt32BE(Number(duration), 16);
  } else {
    body.writeUInt32BE(timescale, 20);
    body.writeBigUInt64BE(duration, 24);
  }
  return box('mvhd', body);
};

export const ftyp = (): Uint8Array => box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2mp41', 'latin1'));

/** A full box: version (1 byte), flags (3 bytes), then `body`. */
export const fullBox = (type: string, version: number, flags: number, body: Uint8Array): Uint8Array => {
  const header = Buffer.alloc(4);
  header.writeUInt8(version, 0);
  header.writeUIntBE(flags, 1, 3);
  return box(type, Buffer.concat([header, body]));
};

const u32s = (...values: number[]): Uint8Array => {
  const bytes = Buffer.alloc(4 * values.length);
  values.forEach((value, i) => {
    bytes.writeUInt32BE(value, 4 * i);
  });
  return bytes;
};

/** moov ▸ trak with a version 0 tkhd (track ID) and mdia ▸ mdhd (timescale, duration 0), as a recorder's empty moov has. */
export const trak = (trackId: number, timescale: number): Uint8Array =>
  box(
    'trak',
    Buffer.concat([
      fullBox('tkhd', 0, 3, Buffer.concat([u32s(0, 0, trackId, 0, 0, 0), Buffer.alloc(60)])),
      box('mdia', fullBox('mdhd', 0, 0, Buffer.concat([u32s(0, 0, timescale, 0), Buffer.alloc(4)]))),
    ]),
  );

/** moov ▸ mvex ▸ trex with a track's default sample duration. */
export const trex = (trackId: number, defaultSampleDuration: number): Uint8Array =>
  fullBox('trex', 0, 0, u32s(trackId, 1, defaultSampleDuration, 0, 0));

/**
 * A moof for one track: tfhd (with a default sample duration when given), tfdt (when a decode time
 * is given) and a trun of `samples`, each with its own duration and size when `durations` is
 * given, else with its size only.
 */
export const moof = (
  sequence: number,
  trackId: number,
  fragment: { samples: number; defaultDuration?: number; durations?: readonly number[]; decodeTime?: number },
): Uint8Array => {
  const tfhd =
    fragment.defaultDuration === undefined
      ? fullBox('tfhd', 0, 0x020000, u32s(trackId))
      : fullBox('tfhd', 0, 0x020008, u32s(trackId, fragment.defaultDuration));
  const entries =
    fragment.durations === undefined
      ? Array.from({ length: fragment.samples }, () => u32s(100))
      : fragment.durations.map((duration) => u32s(duration, 100));
  const trun = fullBox(
    'trun',
    0,
    0x000001 | (fragment.durations === undefined ? 0x200 : 0x300),
    Buffer.concat([u32s(fragment.samples, 0), ...entries]),
  );
  const tfdt = fragment.decodeTime === undefined ? [] : [fullBox('tfdt', 0, 0, u32s(fragment.decodeTime))];
  return box('moof', Buffer.concat([fullBox('mfhd', 0, 0, u32s(sequence)), box('traf', Buffer.concat([tfhd, ...tfdt, trun]))]));
};

/** An mdat header announcing `payloadBytes` that follow (a 64-bit size when they do not fit 32 bits). */
export const mdatHeader = (payloadBytes: number): Uint8Array => {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payloadBytes, 0);
  header.write('mdat', 4, 'latin1');
  return header;
};
