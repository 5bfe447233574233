import type { ByteSource } from './byte-source.ts';
import { findChild, readFullBox, u32, u64 } from './mp4-boxes.ts';
import { fragmentedMp4DurationSeconds } from './mp4-fragments.ts';

const UNKNOWN_DURATION_32 = 0xffffffff;
const UNKNOWN_DURATION_64 = 0xffffffffffffffffn;

/** True when the file starts with an ISO BMFF `ftyp` box (size at offset 0, type at offset 4). */
export const hasFtypBox = async (source: ByteSource): Promise<boolean> => {
  const bytes = await source.read(4, 4);
  return String.fromCharCode(...bytes) === 'ftyp';
};

/**
 * The presentation duration in seconds from moov ▸ mvhd (version 0: 32-bit fields, version 1:
 * 64-bit), wherever moov sits: at the start of a web-optimised file or after mdat. A fragmented
 * file may leave mvhd's duration 0 (or all ones, "unknown") and state it in moov ▸ mvex ▸ mehd;
 * when it states it nowhere (a browser recording), the fragments' sample durations are summed.
 * Undefined when unreadable or unknown.
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
  if (timescale === 0) return undefined;
  if (duration !== 0n && duration !== UNKNOWN_DURATION_64) return Number(duration) / timescale;

  // Only a fragmented file (one with mvex) may leave the duration to its fragments.
  const mvex = await findChild(source, moov.dataOffset, moov.end, 'mvex');
  if (mvex === undefined) return undefined;
  const mehdBox = await findChild(source, mvex.dataOffset, mvex.end, 'mehd');
  const mehd = mehdBox === undefined ? undefined : await readFullBox(source, mehdBox, 12);
  let declared = 0n;
  if (mehd?.[0] === 0 && mehd.length >= 8) declared = u32(mehd, 4) === UNKNOWN_DURATION_32 ? UNKNOWN_DURATION_64 : BigInt(u32(mehd, 4));
  else if (mehd?.[0] === 1 && mehd.length >= 12) declared = u64(mehd, 4);
  if (declared !== 0n && declared !== UNKNOWN_DURATION_64) return Number(declared) / timescale;
  return fragmentedMp4DurationSeconds(source, moov, mvex);
};
