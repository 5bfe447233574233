import type { ByteSource } from './byte-source.ts';
import { readVint } from './ebml.ts';

/** Matroska element IDs as written (with their length marker bits) that the WebM readers need. */
export const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  // Segment's children.
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  tracks: 0x1654ae6b,
  cluster: 0x1f43b675,
  cues: 0x1c53bb6b,
  attachments: 0x1941a469,
  chapters: 0x1043a770,
  tags: 0x1254c367,
  // Info's children.
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  // Cluster's children.
  timecode: 0xe7,
  silentTracks: 0x5854,
  position: 0xa7,
  prevSize: 0xab,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  encryptedBlock: 0xaf,
  // BlockGroup's children.
  block: 0xa1,
  blockDuration: 0x9b,
  // Allowed anywhere.
  void: 0xec,
  crc32: 0xbf,
} as const;

export interface ElementHeader {
  readonly id: number;
  readonly dataOffset: number;
  /** Undefined for the "unknown size" a live recorder writes for Segment and Cluster. */
  readonly dataSize: number | undefined;
}

/** The element header (ID, size) at `offset`; undefined when the bytes there are no header. */
export const readHeader = async (source: ByteSource, offset: number): Promise<ElementHeader | undefined> => {
  const bytes = await source.read(offset, 12);
  const id = readVint(bytes, 0);
  if (id === undefined || id.length > 4) return undefined;
  const size = readVint(bytes, id.length);
  if (size === undefined) return undefined;
  return { id: id.raw, dataOffset: offset + id.length + size.length, dataSize: size.value };
};
