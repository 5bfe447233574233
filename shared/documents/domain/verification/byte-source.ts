/**
 * Random access to a stored file's bytes. The checks read only the few regions they need (a
 * header, a box, a zip directory), so a 500 MB video costs a handful of ranged GETs, never a
 * download into memory.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only where the file ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory (tests, small files). */
export const bufferSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: async (offset, length) => bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)),
});

/**
 * Serves small reads from one cached window. Box and element walks read a few bytes at a time,
 * mostly near each other; one window-sized request answers a run of them.
 */
export const windowedSource = (source: ByteSource, windowBytes = 64 * 1024): ByteSource => {
  let window: { readonly offset: number; readonly bytes: Uint8Array } | undefined;
  return {
    size: source.size,
    read: async (offset, length) => {
      const end = Math.min(offset + length, source.size);
      if (window === undefined || offset < window.offset || end > window.offset + window.bytes.length) {
        window = { offset, bytes: await source.read(offset, Math.max(length, windowBytes)) };
      }
      return window.bytes.subarray(offset - window.offset, end - window.offset);
    },
  };
};

export const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

export const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
