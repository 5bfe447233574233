import { gunzipSync, gzipSync } from 'node:zlib';
import { base64url } from 'jose';

/**
 * Entries in each status list: the Bitstring Status List minimum (16 KiB), so that fetching a list
 * tells its host nothing about which of 131,072 certificates the reader is checking.
 */
export const STATUS_LIST_LENGTH = 131_072;

/** A decoded list bigger than this is not one of ours (nor anyone's sane one): refuse it rather than inflate it. */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

const checkedIndex = (bits: Uint8Array, index: number): number => {
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) {
    throw new RangeError(`Status list index ${index} is outside a list of ${bits.length * 8} entries`);
  }
  return index;
};

/** The spec's bit order: index 0 is the left-most bit, the most significant bit of the first byte. */
const mask = (index: number): number => 0x80 >> (index % 8);

/** A list in which no certificate is revoked. */
export const emptyStatusList = (): Uint8Array => new Uint8Array(STATUS_LIST_LENGTH / 8);

/** A copy of the list with the entry at `index` set (revoked); the list given is left as it was. */
export const withStatusBit = (bits: Uint8Array, index: number): Uint8Array => {
  const copy = Uint8Array.from(bits);
  const at = checkedIndex(copy, index);
  copy[at >> 3] = (copy[at >> 3] ?? 0) | mask(at);
  return copy;
};

export const statusBit = (bits: Uint8Array, index: number): boolean => {
  const at = checkedIndex(bits, index);
  return ((bits[at >> 3] ?? 0) & mask(at)) !== 0;
};

/** `encodedList`: multibase base64url (`u`, no padding) of the GZIP-compressed bitstring. */
export const encodeStatusList = (bits: Uint8Array): string => `u${base64url.encode(gzipSync(bits))}`;

/** The bitstring of an `encodedList`; a value that is not one (prefix, encoding, GZIP, size) is refused. */
export const decodeStatusList = (encodedList: string): Uint8Array => {
  if (!encodedList.startsWith('u') || !/^[A-Za-z0-9_-]*$/.test(encodedList.slice(1))) {
    throw new Error('encodedList must be multibase base64url (a "u" then base64url without padding)');
  }
  const bits = new Uint8Array(gunzipSync(base64url.decode(encodedList.slice(1)), { maxOutputLength: MAX_DECODED_BYTES }));
  if (bits.length < STATUS_LIST_LENGTH / 8) throw new Error(`A status list has at least ${STATUS_LIST_LENGTH} entries`);
  return bits;
};
