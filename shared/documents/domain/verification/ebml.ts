/**
 * EBML variable-length integers (RFC 8794), the framing of Matroska and WebM: the count of leading
 * zero bits of the first byte gives the length (1–8 bytes).
 */
export interface Vint {
  readonly length: number;
  /** With the length marker bit (how element IDs are written). */
  readonly raw: number;
  /** Without the marker bit (how sizes are written); undefined for the reserved all-ones "unknown size". */
  readonly value: number | undefined;
}

export const readVint = (bytes: Uint8Array, at: number): Vint | undefined => {
  const first = bytes[at];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return undefined;
  let raw = first;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i] ?? 0;
    raw = raw * 256 + byte;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { length, raw, value: allOnes ? undefined : value };
};

/** Big-endian unsigned integer of 0–8 bytes (element payloads). */
export const readUnsigned = (bytes: Uint8Array): number => bytes.reduce((value, byte) => value * 256 + byte, 0);

/** EBML floats are 0, 4 or 8 bytes, big-endian IEEE 754. */
export const readFloat = (bytes: Uint8Array): number | undefined => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length === 0) return 0;
  if (bytes.length === 4) return view.getFloat32(0);
  if (bytes.length === 8) return view.getFloat64(0);
  return undefined;
};
