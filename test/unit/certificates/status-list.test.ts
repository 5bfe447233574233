import { Bitstring } from '@digitalbazaar/bitstring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitstringStatusListCredential } from '../../../shared/certificates/domain/status-list-credential.ts';
import {
  decodeStatusList,
  emptyStatusList,
  encodeStatusList,
  STATUS_LIST_LENGTH,
  statusBit,
  withStatusBit,
} from '../../../shared/certificates/domain/status-list.ts';
import { statusListPosition } from '../../../shared/certificates/domain/status-list-position.ts';
import { bitstringStatusListCredentialSchema } from '../../../shared/certificates/status-list-credential-schema.ts';
import { PUBLIC_BASE_URL } from './certificate-facts-fixture.ts';

const listWith = (indexes: Iterable<number>): Uint8Array => [...indexes].reduce(withStatusBit, emptyStatusList());

/**
 * Digital Bazaar's bitstring (the reference implementation's authors) reads the list: it takes the
 * `encodedList` without its multibase `u`, un-base64urls and gunzips it itself, and indexes bits
 * left to right as the spec does.
 */
const readByReference = async (encodedList: string): Promise<Bitstring> => {
  expect(encodedList.startsWith('u')).toBe(true);
  return new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: encodedList.slice(1) }) });
};

const setBitsOf = (bitstring: Bitstring): number[] => {
  const set: number[] = [];
  for (let index = 0; index < bitstring.length; index += 1) if (bitstring.get(index)) set.push(index);
  return set;
};

describe('a revocation status list', () => {
  it('has the spec’s minimum of 131,072 entries (16 KiB), none set when new', async () => {
    const reference = await readByReference(encodeStatusList(emptyStatusList()));
    expect(reference.length).toBe(131_072);
    expect(STATUS_LIST_LENGTH).toBe(131_072);
    expect(setBitsOf(reference)).toEqual([]);
  });

  it('sets exactly the entries revoked, in the spec’s bit order, as an independent decoder reads them', async () => {
    const revoked = [0, 7, 8, 131_071];
    const bits = listWith(revoked);
    // Index 0 is the most significant bit of byte 0; 7 its least; 8 the top bit of byte 1.
    expect([bits[0], bits[1], bits[16_383]]).toEqual([0b1000_0001, 0b1000_0000, 0b0000_0001]);
    expect(setBitsOf(await readByReference(encodeStatusList(bits)))).toEqual(revoked);
  });

  it('round-trips any set of revoked entries through encodedList, read by the reference decoder and by ours', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 0, max: STATUS_LIST_LENGTH - 1 }), { maxLength: 200 }), async (revoked) => {
        const encoded = encodeStatusList(listWith(revoked));
        const expected = [...revoked].sort((a, b) => a - b);
        expect(setBitsOf(await readByReference(encoded))).toEqual(expected);
        const decoded = decodeStatusList(encoded);
        expect(expected.every((index) => statusBit(decoded, index))).toBe(true);
        expect(decoded.reduce((count, byte) => count + byte.toString(2).replaceAll('0', '').length, 0)).toBe(expected.length);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves the list it was given as it was when an entry is set', () => {
    const before = emptyStatusList();
    const after = withStatusBit(before, 5);
    expect(statusBit(before, 5)).toBe(false);
    expect(statusBit(after, 5)).toBe(true);
  });

  it('refuses an index outside the list, and an encodedList that is not one', () => {
    for (const index of [-1, STATUS_LIST_LENGTH, 1.5]) expect(() => withStatusBit(emptyStatusList(), index)).toThrow(RangeError);
    const gzipped = encodeStatusList(emptyStatusList()).slice(1);
    for (const encoded of [gzipped, `z${gzipped}`, `u${gzipped}==`, 'uAAAA', encodeStatusList(new Uint8Array(16))]) {
      expect(() => decodeStatusList(encoded)).toThrow();
    }
  });
});

describe('allocating status entries', () => {
  it('fills list 1 from index 0, then list 2, and so on', () => {
    expect(statusListPosition(0)).toEqual({ listId: 1, index: 0 });
    expect(statusListPosition(1)).toEqual({ listId: 1, index: 1 });
    expect(statusListPosition(131_071)).toEqual({ listId: 1, index: 131_071 });
    expect(statusListPosition(131_072)).toEqual({ listId: 2, index: 0 });
    expect(statusListPosition(262_143)).toEqual({ listId: 2, index: 131_071 });
    expect(statusListPosition(262_144)).toEqual({ listId: 3, index: 0 });
  });

  it('gives every sequence number its own entry', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (sequence) => {
        const { listId, index } = statusListPosition(sequence);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(STATUS_LIST_LENGTH);
        expect((listId - 1) * STATUS_LIST_LENGTH + index).toBe(sequence);
      }),
    );
  });

  it('refuses a sequence number that is not a whole number from 0', () => {
    for (const sequence of [-1, 0.5, Number.NaN]) expect(() => statusListPosition(sequence)).toThrow(RangeError);
  });
});

describe('the status list credential', () => {
  it('is a BitstringStatusListCredential of the issuer, for revocation, at the URL certificates name', () => {
    const encodedList = encodeStatusList(listWith([3]));
    const credential = bitstringStatusListCredential({
      publicBaseUrl: PUBLIC_BASE_URL,
      listId: 2,
      encodedList,
      publishedAt: '2026-09-01T12:00:00.900Z',
    });
    expect(credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `${PUBLIC_BASE_URL}/status/2.jwt`,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'did:web:files.cadre.example:verification',
      validFrom: '2026-09-01T12:00:00Z',
      credentialSubject: {
        id: `${PUBLIC_BASE_URL}/status/2.jwt#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList,
      },
    });
    expect(bitstringStatusListCredentialSchema.safeParse(credential).success).toBe(true);
  });
});
