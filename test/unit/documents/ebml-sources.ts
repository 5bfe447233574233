/**
 * Builders of synthetic WebM recordings laid out as a browser's MediaRecorder writes them: an
 * unknown-size Segment, Info without Duration, unknown-size Clusters of SimpleBlocks. Frame
 * payloads are sparse runs (see sparseSource), so a 100 MB recording costs nothing.
 */
export const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
  blockDuration: 0x9b,
  cues: 0x1c53bb6b,
} as const;

const idBytes = (id: number): Buffer => {
  const bytes: number[] = [];
  for (let rest = id; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from(bytes);
};

/** An element header with an 8-byte size vint, or the 8-byte all-ones "unknown size". */
export const elementHeader = (id: number, size: number | 'unknown'): Uint8Array => {
  const sizeBytes = Buffer.alloc(8, 0xff);
  sizeBytes[0] = 0x01;
  if (size !== 'unknown') sizeBytes.writeUIntBE(size, 2, 6);
  if (size !== 'unknown') sizeBytes[1] = 0;
  return Buffer.concat([idBytes(id), sizeBytes]);
};

export const element = (id: number, payload: Uint8Array): Uint8Array => Buffer.concat([elementHeader(id, payload.length), payload]);

export const uintElement = (id: number, value: number): Uint8Array => {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(value, 0);
  return element(id, payload);
};

/** Track 1, the relative timestamp, keyframe flags: the four bytes that open a SimpleBlock's payload. */
const blockHead = (relativeTicks: number): Uint8Array => {
  const head = Buffer.from([0x81, 0, 0, 0x80]);
  head.writeInt16BE(relativeTicks, 1);
  return head;
};

/** A SimpleBlock whose frame is `frame` (bytes, or a sparse run of that many zeros). */
export const simpleBlock = (relativeTicks: number, frame: Uint8Array | number): (Uint8Array | number)[] => {
  const frameBytes = typeof frame === 'number' ? frame : frame.length;
  return [elementHeader(ID.simpleBlock, 4 + frameBytes), blockHead(relativeTicks), frame];
};

/** A BlockGroup of a Block and, when given, its BlockDuration. */
export const blockGroup = (relativeTicks: number, frameBytes: number, durationTicks?: number): Uint8Array => {
  const block = element(ID.block, Buffer.concat([blockHead(relativeTicks), Buffer.alloc(frameBytes)]));
  return element(
    ID.blockGroup,
    Buffer.concat([block, ...(durationTicks === undefined ? [] : [uintElement(ID.blockDuration, durationTicks)])]),
  );
};

/** An unknown-size Cluster: its Timestamp, then the given children. */
export const liveCluster = (timecode: number, children: readonly (Uint8Array | number)[]): (Uint8Array | number)[] => [
  elementHeader(ID.cluster, 'unknown'),
  uintElement(ID.timecode, timecode),
  ...children,
];

/** The EBML header, an unknown-size Segment and Info with a TimecodeScale and no Duration. */
export const liveHead = (nanosecondsPerTick = 1_000_000): Uint8Array =>
  Buffer.concat([
    element(ID.ebml, element(ID.docType, Buffer.from('webm'))),
    elementHeader(ID.segment, 'unknown'),
    element(ID.info, uintElement(ID.timecodeScale, nanosecondsPerTick)),
  ]);
