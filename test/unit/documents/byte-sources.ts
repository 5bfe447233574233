import type { ByteSource } from '../../../shared/documents/verification/byte-source.ts';

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
