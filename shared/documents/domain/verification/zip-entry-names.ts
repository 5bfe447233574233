import type { ByteSource } from './byte-source.ts';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const EOCD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
/** A Word document's directory lists tens of entries; anything near this is not one. */
const MAX_DIRECTORY_BYTES = 1024 * 1024;

/**
 * The entry names of a zip archive, read from its central directory at the end of the file (the
 * authoritative list; local headers can be stale or forged). Undefined when there is no readable
 * directory, including ZIP64 archives, which no Word document within our size limits needs.
 */
export const zipEntryNames = async (source: ByteSource): Promise<readonly string[] | undefined> => {
  const tailLength = Math.min(source.size, EOCD_BYTES + MAX_COMMENT_BYTES);
  const tail = await source.read(source.size - tailLength, tailLength);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let at = tail.length - EOCD_BYTES; at >= 0; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const directoryBytes = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryBytes > MAX_DIRECTORY_BYTES || directoryOffset + directoryBytes > source.size) return undefined;

  const directory = await source.read(directoryOffset, directoryBytes);
  const entries = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  let at = 0;
  while (at + 46 <= directory.length && entries.getUint32(at, true) === CENTRAL_DIRECTORY_ENTRY) {
    const nameLength = entries.getUint16(at + 28, true);
    const extraLength = entries.getUint16(at + 30, true);
    const commentLength = entries.getUint16(at + 32, true);
    if (at + 46 + nameLength > directory.length) return undefined;
    names.push(decoder.decode(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
};
