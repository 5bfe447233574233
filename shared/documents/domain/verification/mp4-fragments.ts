import type { ByteSource } from './byte-source.ts';
import { childBoxes, findChild, listChildren, readBox, readFullBox, u32, u64, type Box } from './mp4-boxes.ts';

/**
 * A moof's sample table costs a few bytes a sample (16 at most): a megabyte describes ~65,000
 * samples, far more than a fragment of a recording holds. A larger one is a crafted file.
 */
const MAX_MOOF_BYTES = 1024 * 1024;
/**
 * Top-level boxes (a moof and an mdat per fragment) we are prepared to walk. A recorder cuts a
 * fragment per keyframe or per second; even a fragment per frame at 60 fps for six minutes is
 * 43,200 boxes. A walk longer than this is a crafted file and stays unreadable.
 */
const MAX_TOP_LEVEL_BOXES = 65_536;
const UNKNOWN_DURATION_32 = 0xffffffff;
const UNKNOWN_DURATION_64 = 0xffffffffffffffffn;

// tfhd and trun flags (ISO/IEC 14496-12 §8.8.7, §8.8.8): which optional fields are present.
const TFHD_BASE_DATA_OFFSET = 0x1;
const TFHD_SAMPLE_DESCRIPTION_INDEX = 0x2;
const TFHD_DEFAULT_SAMPLE_DURATION = 0x8;
const TRUN_DATA_OFFSET = 0x1;
const TRUN_FIRST_SAMPLE_FLAGS = 0x4;
const TRUN_SAMPLE_DURATION = 0x100;
/** Per-sample fields, 4 bytes each: duration, size, flags, composition time offset. */
const TRUN_SAMPLE_FIELDS = [0x100, 0x200, 0x400, 0x800];

interface Track {
  readonly timescale: number;
  /** Ticks of samples described in moov itself (0 for the empty moov of a recorder). */
  readonly moovTicks: number;
  /** trex's default, used when neither tfhd nor trun states a sample's duration. */
  readonly defaultSampleDuration: number;
}

const flagsOf = (bytes: Uint8Array, at: number): number => u32(bytes, at) & 0xffffff;

/** Each track's timescale (moov ▸ trak ▸ mdia ▸ mdhd) and defaults (moov ▸ mvex ▸ trex), by track ID. */
const readTracks = async (source: ByteSource, moov: Box, mvex: Box): Promise<Map<number, Track> | undefined> => {
  const trexDefaults = new Map<number, number>();
  for (const trex of (await listChildren(source, mvex.dataOffset, mvex.end)) ?? []) {
    if (trex.type !== 'trex') continue;
    const payload = await readFullBox(source, trex, 16);
    if (payload === undefined || payload.length < 16) return undefined;
    trexDefaults.set(u32(payload, 4), u32(payload, 12));
  }

  const tracks = new Map<number, Track>();
  for (const trak of (await listChildren(source, moov.dataOffset, moov.end)) ?? []) {
    if (trak.type !== 'trak') continue;
    const tkhdBox = await findChild(source, trak.dataOffset, trak.end, 'tkhd');
    const tkhd = tkhdBox === undefined ? undefined : await readFullBox(source, tkhdBox, 24);
    const mdia = await findChild(source, trak.dataOffset, trak.end, 'mdia');
    const mdhdBox = mdia === undefined ? undefined : await findChild(source, mdia.dataOffset, mdia.end, 'mdhd');
    const mdhd = mdhdBox === undefined ? undefined : await readFullBox(source, mdhdBox, 32);
    if (tkhd === undefined || mdhd === undefined) return undefined;

    let trackId: number;
    let timescale: number;
    let moovTicks: number;
    if (tkhd[0] === 0 && tkhd.length >= 16) trackId = u32(tkhd, 12);
    else if (tkhd[0] === 1 && tkhd.length >= 24) trackId = u32(tkhd, 20);
    else return undefined;
    if (mdhd[0] === 0 && mdhd.length >= 20) {
      timescale = u32(mdhd, 12);
      const ticks = u32(mdhd, 16);
      moovTicks = ticks === UNKNOWN_DURATION_32 ? 0 : ticks;
    } else if (mdhd[0] === 1 && mdhd.length >= 32) {
      timescale = u32(mdhd, 20);
      const ticks = u64(mdhd, 24);
      moovTicks = ticks === UNKNOWN_DURATION_64 ? 0 : Number(ticks);
    } else {
      return undefined;
    }
    if (timescale === 0) return undefined;
    tracks.set(trackId, { timescale, moovTicks, defaultSampleDuration: trexDefaults.get(trackId) ?? 0 });
  }
  return tracks.size === 0 ? undefined : tracks;
};

interface Fragment {
  readonly trackId: number;
  /** tfdt's baseMediaDecodeTime: where the fragment starts on its track's timeline, when stated. */
  readonly decodeTime: number | undefined;
  /** The sum of its samples' durations. */
  readonly ticks: number;
}

/**
 * One traf: its track, its start (tfdt) and its samples' total duration: every trun's samples,
 * each lasting its own duration (trun), else the fragment's default (tfhd), else the track's (trex).
 */
const readTraf = (moof: Uint8Array, traf: Box, tracks: ReadonlyMap<number, Track>): Fragment | undefined => {
  const children = childBoxes(moof, traf.dataOffset, traf.end);
  const tfhd = children?.find((box) => box.type === 'tfhd');
  if (children === undefined || tfhd === undefined || tfhd.end - tfhd.dataOffset < 8) return undefined;
  const flags = flagsOf(moof, tfhd.dataOffset);
  const trackId = u32(moof, tfhd.dataOffset + 4);
  const track = tracks.get(trackId);
  if (track === undefined) return undefined;
  let defaultDuration = track.defaultSampleDuration;
  if (flags & TFHD_DEFAULT_SAMPLE_DURATION) {
    const at = tfhd.dataOffset + 8 + (flags & TFHD_BASE_DATA_OFFSET ? 8 : 0) + (flags & TFHD_SAMPLE_DESCRIPTION_INDEX ? 4 : 0);
    if (at + 4 > tfhd.end) return undefined;
    defaultDuration = u32(moof, at);
  }

  let ticks = 0;
  for (const trun of children) {
    if (trun.type !== 'trun') continue;
    if (trun.end - trun.dataOffset < 8) return undefined;
    const trunFlags = flagsOf(moof, trun.dataOffset);
    const count = u32(moof, trun.dataOffset + 4);
    const entryBytes = 4 * TRUN_SAMPLE_FIELDS.filter((field) => trunFlags & field).length;
    let entry = trun.dataOffset + 8 + (trunFlags & TRUN_DATA_OFFSET ? 4 : 0) + (trunFlags & TRUN_FIRST_SAMPLE_FLAGS ? 4 : 0);
    if (entry + count * entryBytes > trun.end) return undefined;
    if (!(trunFlags & TRUN_SAMPLE_DURATION)) {
      ticks += count * defaultDuration;
      continue;
    }
    // The duration is the first per-sample field when present.
    for (let sample = 0; sample < count; sample++, entry += entryBytes) ticks += u32(moof, entry);
  }
  const tfdt = children.find((box) => box.type === 'tfdt');
  let decodeTime: number | undefined;
  if (tfdt !== undefined) {
    const version = moof[tfdt.dataOffset];
    if (version === 0 && tfdt.end - tfdt.dataOffset >= 8) decodeTime = u32(moof, tfdt.dataOffset + 4);
    else if (version === 1 && tfdt.end - tfdt.dataOffset >= 12) decodeTime = Number(u64(moof, tfdt.dataOffset + 4));
    else return undefined;
  }
  return { trackId, decodeTime, ticks };
};

/** Where a track's timeline starts and how far its samples have reached. */
interface Span {
  start: number | undefined;
  end: number;
}

/**
 * The duration of a fragmented MP4 that states none up front (mvhd 0, no mehd): what a browser's
 * MediaRecorder (Safari, iOS; Chrome too once a recording spans several fragments) writes, since it
 * cannot know the length when it writes moov. Walks every fragment after moov: each starts at its
 * tfdt decode time (else where the previous one ended) and lasts the sum of its samples' durations;
 * a track lasts from its first sample to the end of its last fragment, in its own timescale, and
 * the presentation as long as its longest track.
 *
 * tfdt matters: Chrome closes each fragment with a placeholder duration (999/30000 s) for its last
 * sample, since the next frame's time is not known yet, and states the true start of the next
 * fragment in its tfdt. A plain sum would come out short by a frame per fragment (20 s short on a
 * six-minute recording at 1 fps). Accuracy: within one frame, the last sample's duration being
 * the recorder's guess.
 *
 * Cost: each moof is read whole (a few hundred bytes); each mdat is skipped by its size, never
 * read. Undefined when a fragment is malformed or names an unknown track, or when no track has a
 * sample.
 */
export const fragmentedMp4DurationSeconds = async (source: ByteSource, moov: Box, mvex: Box): Promise<number | undefined> => {
  const tracks = await readTracks(source, moov, mvex);
  if (tracks === undefined) return undefined;
  // Samples described in moov itself start the timeline at 0.
  const spans = new Map<number, Span>(
    [...tracks].map(([trackId, track]) => [trackId, { start: track.moovTicks > 0 ? 0 : undefined, end: track.moovTicks }]),
  );

  let offset = moov.end;
  for (let walked = 0; offset < source.size; walked++) {
    if (walked === MAX_TOP_LEVEL_BOXES) return undefined;
    const box = await readBox(source, offset, source.size);
    if (box === undefined) return undefined;
    if (box.type === 'moof') {
      if (box.end - box.dataOffset > MAX_MOOF_BYTES) return undefined;
      const moof = await source.read(box.dataOffset, box.end - box.dataOffset);
      const trafs = childBoxes(moof, 0, moof.length)?.filter((child) => child.type === 'traf');
      if (trafs === undefined) return undefined;
      for (const traf of trafs) {
        const fragment = readTraf(moof, traf, tracks);
        const span = fragment === undefined ? undefined : spans.get(fragment.trackId);
        if (fragment === undefined || span === undefined) return undefined;
        const start = fragment.decodeTime ?? span.end;
        span.start = Math.min(span.start ?? start, start);
        span.end = Math.max(span.end, start + fragment.ticks);
      }
    }
    offset = box.end;
  }

  const seconds = Math.max(
    ...[...tracks].map(([trackId, track]) => {
      const span = spans.get(trackId);
      return span?.start === undefined ? 0 : (span.end - span.start) / track.timescale;
    }),
  );
  return seconds > 0 ? seconds : undefined;
};
