import { base64url } from 'jose';

/**
 * Decodes a Bitstring Status List's `encodedList`: the multibase prefix `u` (base64url, no
 * padding) over the GZIP of the bitstring. Gunzipped with the platform's DecompressionStream, so
 * the page ships no inflate code of its own.
 */
export const decodeStatusList = async (encodedList: string): Promise<Uint8Array> => {
  if (!encodedList.startsWith('u')) throw new Error('The status list is not base64url multibase');
  const compressed = base64url.decode(encodedList.slice(1));
  const stream = new Blob([new Uint8Array(compressed)]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** The status at `index`, bit 0 being the most significant bit of byte 0 (the spec's order); undefined past the end. */
export const statusBit = (bits: Uint8Array, index: number): boolean | undefined => {
  const byte = bits[Math.floor(index / 8)];
  return byte === undefined ? undefined : ((byte >> (7 - (index % 8))) & 1) === 1;
};
