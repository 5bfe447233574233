import type { ByteSource } from './byte-source.ts';
import { readUnsigned, readVint } from './ebml.ts';
import { ID, readHeader, type ElementHeader } from './webm-elements.ts';

/** How much of the file's end is searched at a time for the start of its last Cluster. */
const SEARCH_CHUNK_BYTES = 1024 * 1024;
/**
 * How far back from the end the search goes. A block's timestamp is a signed 16-bit offset from
 * its Cluster's, so at the millisecond scale every recorder uses a cluster spans at most 32.767 s
 * (Chromium's MediaRecorder runs close to that: 12 Clusters for a six-minute recording). 64 MB is
 * 32.767 s at 16 Mbit/s, above the bitrate of a 500 MB, 5-minute file. No Cluster within it: unreadable.
 */
const MAX_SEARCH_BYTES = 64 * 1024 * 1024;
/**
 * The Cluster ID's four bytes turn up by chance inside compressed frames about once in 4 GB; a
 * false start fails to parse and the search tries the one before. More failures than this is a
 * crafted file, and each try can cost a walk to the end, so the search stops there.
 */
const MAX_FALSE_STARTS = 4;
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];

/** Elements that may follow a Cluster at the Segment's level; one of them ends a Cluster of unknown size. */
const SEGMENT_CHILDREN = new Set<number>([
  ID.seekHead,
  ID.info,
  ID.tracks,
  ID.cluster,
  ID.cues,
  ID.attachments,
  ID.chapters,
  ID.tags,
  ID.void,
  ID.crc32,
]);
const CLUSTER_CHILDREN = new Set<number>([
  ID.timecode,
  ID.silentTracks,
  ID.position,
  ID.prevSize,
  ID.simpleBlock,
  ID.blockGroup,
  ID.encryptedBlock,
  ID.void,
  ID.crc32,
]);

interface Walked {
  readonly end: number;
  /** The latest block end seen, in ticks; undefined when no block was seen. */
  readonly latestTicks: number | undefined;
}

const later = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** A (Simple)Block's timestamp relative to its Cluster: after the track number (a vint), a signed 16-bit integer. */
const blockTicks = async (source: ByteSource, dataOffset: number, end: number): Promise<number | undefined> => {
  const bytes = await source.read(dataOffset, 11);
  const track = readVint(bytes, 0);
  if (track?.value === undefined || dataOffset + track.length + 3 > end) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt16(track.length);
};

/** A BlockGroup's Block timestamp plus its BlockDuration when it states one (the last frame's display time). */
const blockGroupTicks = async (source: ByteSource, group: ElementHeader, end: number): Promise<number | undefined> => {
  let start: number | undefined;
  let duration = 0;
  for (let offset = group.dataOffset; offset < end; ) {
    const child = await readHeader(source, offset);
    if (child?.dataSize === undefined || child.dataOffset + child.dataSize > end) return undefined;
    if (child.id === ID.block) start = await blockTicks(source, child.dataOffset, child.dataOffset + child.dataSize);
    if (child.id === ID.blockDuration && child.dataSize <= 8) duration = readUnsigned(await source.read(child.dataOffset, child.dataSize));
    offset = child.dataOffset + child.dataSize;
  }
  return start === undefined ? undefined : start + duration;
};

/**
 * Walks one Cluster to its end: a known size says where; an unknown size (MediaRecorder's) ends at
 * the first element that cannot be its child (the next Cluster, Cues …) or at the Segment's end.
 * The Cluster's Timestamp must come before its blocks (Matroska recommends it first and every
 * muxer writes it so): a block before it means this is no real Cluster start.
 */
const walkCluster = async (source: ByteSource, cluster: ElementHeader, segmentEnd: number): Promise<Walked | undefined> => {
  const end = cluster.dataSize === undefined ? segmentEnd : cluster.dataOffset + cluster.dataSize;
  if (end > segmentEnd) return undefined;
  let clusterTicks: number | undefined;
  let latestTicks: number | undefined;
  for (let offset = cluster.dataOffset; offset < end; ) {
    const child = await readHeader(source, offset);
    if (child === undefined) return undefined;
    if (!CLUSTER_CHILDREN.has(child.id))
      return cluster.dataSize === undefined && SEGMENT_CHILDREN.has(child.id) ? { end: offset, latestTicks } : undefined;
    if (child.dataSize === undefined || child.dataOffset + child.dataSize > end) return undefined;
    const childEnd = child.dataOffset + child.dataSize;
    if (child.id === ID.timecode) {
      if (child.dataSize > 8) return undefined;
      clusterTicks = readUnsigned(await source.read(child.dataOffset, child.dataSize));
    } else if (child.id === ID.simpleBlock || child.id === ID.blockGroup) {
      if (clusterTicks === undefined) return undefined;
      const ticks =
        child.id === ID.simpleBlock ? await blockTicks(source, child.dataOffset, childEnd) : await blockGroupTicks(source, child, childEnd);
      if (ticks === undefined) return undefined;
      latestTicks = later(latestTicks, clusterTicks + ticks);
    }
    offset = childEnd;
  }
  return { end, latestTicks };
};

/**
 * Walks from a supposed Cluster start to the Segment's end, Cluster after Cluster (other Segment
 * children, such as Cues or Tags, are skipped by their size). Anything that does not parse, or an
 * element running past the end, means the start was false (or the file is broken).
 */
const walkToEnd = async (source: ByteSource, start: number, segmentEnd: number): Promise<Walked | undefined> => {
  let latestTicks: number | undefined;
  let offset = start;
  while (offset < segmentEnd) {
    const element = await readHeader(source, offset);
    if (element === undefined || !SEGMENT_CHILDREN.has(element.id)) return undefined;
    if (element.id === ID.cluster) {
      const walked = await walkCluster(source, element, segmentEnd);
      if (walked === undefined) return undefined;
      latestTicks = later(latestTicks, walked.latestTicks);
      offset = walked.end;
    } else {
      if (element.dataSize === undefined || element.dataOffset + element.dataSize > segmentEnd) return undefined;
      offset = element.dataOffset + element.dataSize;
    }
  }
  return { end: offset, latestTicks };
};

/** Offsets of the Cluster ID in [from, to), last first; the read runs 3 bytes on so an ID across `to` is seen once. */
const clusterIdsIn = async (source: ByteSource, from: number, to: number, segmentEnd: number): Promise<number[]> => {
  const bytes = await source.read(from, Math.min(to + CLUSTER_ID.length - 1, segmentEnd) - from);
  const found: number[] = [];
  for (let at = Math.min(to - from, bytes.length - CLUSTER_ID.length); at >= 0; at--) {
    if (at < to - from && CLUSTER_ID.every((byte, i) => bytes[at + i] === byte)) found.push(from + at);
  }
  return found;
};

export interface LiveWebmLayout {
  /** Where Clusters may start: just after Segment ▸ Info. */
  readonly clustersFrom: number;
  readonly segmentEnd: number;
  /** Segment ▸ Info ▸ TimecodeScale: nanoseconds per timestamp tick. */
  readonly nanosecondsPerTick: number;
}

/**
 * The length of a WebM without Segment ▸ Info ▸ Duration, as a browser's MediaRecorder writes it
 * (Chrome, Firefox: unknown-size Segment and Clusters, no Cues): the end of its latest block, i.e.
 * Cluster Timestamp + the block's relative timestamp (+ its BlockDuration when the block states
 * one), × TimecodeScale.
 *
 * Accuracy: within one frame, and never more than the truth. Recorders state no BlockDuration, so
 * the last frame's own display time (1/fps; 33 ms at 30 fps) is not counted; a few milliseconds
 * can never carry a recording over a limit stated in whole seconds.
 *
 * Cost: only the end of the file is read. The search goes back from the end, a megabyte at a
 * time, for the Cluster ID (1F 43 B6 75); from the last one it walks forward, element by element,
 * to the end of the Segment. A false start (the ID's bytes inside a frame) fails that walk and
 * the one before is tried. Walking from the file's start instead would read every byte of a
 * recording, whose Clusters have no size to skip by.
 *
 * Like a stated Duration, this measures honest files: one crafted to mislead it can.
 */
export const liveWebmDurationSeconds = async (source: ByteSource, layout: LiveWebmLayout): Promise<number | undefined> => {
  const { clustersFrom, segmentEnd, nanosecondsPerTick } = layout;
  const searchFrom = Math.max(clustersFrom, segmentEnd - MAX_SEARCH_BYTES);
  let falseStarts = 0;
  for (let to = segmentEnd; to > searchFrom; to -= SEARCH_CHUNK_BYTES) {
    const from = Math.max(searchFrom, to - SEARCH_CHUNK_BYTES);
    for (const start of await clusterIdsIn(source, from, to, segmentEnd)) {
      const walked = await walkToEnd(source, start, segmentEnd);
      if (walked?.latestTicks !== undefined) return walked.latestTicks < 0 ? undefined : (walked.latestTicks * nanosecondsPerTick) / 1e9;
      // A real but empty last Cluster also lands here: the one before it holds the last block.
      if (++falseStarts > MAX_FALSE_STARTS) return undefined;
    }
  }
  return undefined;
};
