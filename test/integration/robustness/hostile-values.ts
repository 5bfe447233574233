import type { SeededRandom } from './seeded-random.ts';

/** Nested `depth` deep: arrays in arrays, or objects in objects, as JSON text. */
export const nestedArrayJson = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const nestedObjectJson = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
export const nestedObject = (depth: number): unknown => JSON.parse(nestedObjectJson(depth));

export const manyKeys = (count: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));

/** Two bytes per character in UTF-8, so a string within a character limit can still break a byte limit. */
export const cyrillic = (characters: number): string => 'я'.repeat(characters);

const base64url = (text: string): string => Buffer.from(text).toString('base64url');

/** A version-4 UUID from the seeded generator, so the requests are the same on every run. */
const seededUuid = (random: SeededRandom): string =>
  `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-8${random.hex(3)}-${random.hex(12)}`;

/**
 * Values for one path parameter; the gateway URL-decodes them, as API Gateway does. Each is sent
 * percent-encoded (so `/` and `..` stay inside the parameter) unless marked raw, in which case it
 * is written into the path as is (malformed escapes, a NUL byte).
 */
export const hostilePathValues = (
  random: SeededRandom,
): readonly { readonly label: string; readonly value: string; readonly raw?: boolean }[] => [
  { label: 'a blank', value: ' ' },
  { label: 'a dot', value: '.' },
  { label: 'dot-dot', value: '..' },
  { label: 'a traversal', value: '../../etc/passwd' },
  { label: 'a NUL byte', value: '%00', raw: true },
  { label: 'a NUL inside', value: 'ab%00cd', raw: true },
  { label: 'a malformed escape', value: '%E0%A4%A', raw: true },
  { label: 'a bad escape', value: '%ZZ', raw: true },
  { label: '10 KB', value: 'a'.repeat(10 * 1024) },
  { label: 'emoji', value: '😀'.repeat(300) },
  { label: 'cyrillic', value: cyrillic(600) },
  { label: 'SQL', value: "' OR '1'='1' --" },
  { label: 'NoSQL', value: '{"$gt":""}' },
  { label: 'a key separator', value: `x#SEASON#${random.hex(6)}` },
  { label: 'a number', value: String(random.int(1, 1_000_000)) },
  { label: 'a negative number', value: '-1' },
  { label: 'an overflowing number', value: '1e309' },
  { label: 'a prototype key', value: '__proto__' },
  { label: 'an upper-case uuid', value: seededUuid(random).toUpperCase() },
  { label: 'a uuid with a newline', value: `${seededUuid(random)}\n` },
  { label: 'a uuid with a suffix', value: `${seededUuid(random)}#DOCUMENT#x` },
  { label: 'a slug one over the limit', value: 'a'.repeat(49) },
];

/** Cursors no list could have issued: garbage, wrong shapes, keys of another list. */
export const forgedCursors = (
  random: SeededRandom,
  partitions: readonly string[],
): readonly { readonly label: string; readonly value: string }[] => {
  const garbage = Buffer.from(Array.from({ length: 48 }, () => random.int(0, 255))).toString('base64');
  const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk'];
  const keyOf = (value: (name: string) => string): Record<string, string> => Object.fromEntries(keys.map((name) => [name, value(name)]));
  const partitionCursors = partitions.flatMap((partition) => [
    { label: `a key of ${partition}`, value: base64url(JSON.stringify(keyOf(() => partition))) },
    {
      label: `an over-long key in ${partition}`,
      value: base64url(JSON.stringify(keyOf((name) => (name.endsWith('pk') ? partition : `${partition}${cyrillic(1000)}`)))),
    },
  ]);
  return [
    { label: 'random base64', value: garbage },
    { label: 'a blank', value: ' ' },
    { label: 'not base64', value: '!!!@@@###' },
    { label: 'base64 of text', value: base64url('hello') },
    { label: 'base64 of null', value: base64url('null') },
    { label: 'base64 of an array', value: base64url('[1,2,3]') },
    { label: 'base64 of an empty object', value: base64url('{}') },
    { label: 'numbers for keys', value: base64url(JSON.stringify({ pk: 1, sk: 2 })) },
    { label: 'DynamoDB attribute values', value: base64url(JSON.stringify({ pk: { S: 'PROGRAMMES' }, sk: { S: 'x' } })) },
    { label: 'an extra key', value: base64url(JSON.stringify({ ...keyOf(() => 'x'), extra: 'x' })) },
    { label: 'a shard cursor of another list', value: base64url(JSON.stringify({ l: 'x', s: Array.from({ length: 16 }, () => ({})) })) },
    { label: 'a shard cursor of the wrong length', value: base64url(JSON.stringify({ l: 'x', s: [{ after: cyrillic(1000) }] })) },
    { label: 'a deep cursor', value: base64url(nestedObjectJson(1000)) },
    { label: '4 KB', value: 'A'.repeat(4096) },
    { label: '10 KB', value: 'A'.repeat(10 * 1024) },
    ...partitionCursors,
  ];
};

/**
 * Mutations of a cursor the API really issued: each string inside it grown past DynamoDB's key
 * limits in bytes (while within the character limits), cut, or swapped for another partition.
 */
export const mutatedCursors = (
  cursor: string,
  partitions: readonly string[],
): readonly { readonly label: string; readonly value: string }[] => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return [{ label: 'the issued cursor cut short', value: cursor.slice(0, Math.floor(cursor.length / 2)) }];
  }
  const leaves: { path: (string | number)[]; value: string }[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') leaves.push({ path, value });
    else if (Array.isArray(value))
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(decoded, []);
  const withLeaf = (path: readonly (string | number)[], value: unknown): string => {
    const copy = structuredClone(decoded) as Record<string | number, unknown>;
    let target = copy;
    for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
    const last = path.at(-1);
    if (last !== undefined) target[last] = value;
    return base64url(JSON.stringify(copy));
  };
  return [
    { label: 'the issued cursor cut short', value: cursor.slice(0, Math.floor(cursor.length / 2)) },
    {
      label: 'the issued cursor with a character changed',
      value: `${cursor.slice(0, -2)}${cursor.endsWith('A') ? 'B' : 'A'}${cursor.slice(-1)}`,
    },
    ...leaves.flatMap(({ path, value }) => {
      const cut = value.lastIndexOf('#');
      const middle = cut < 0 ? value.length : cut;
      const at = path.join('.');
      return [
        {
          label: `${at} grown past 1 KB in bytes (within the characters allowed)`,
          value: withLeaf(path, `${value.slice(0, middle)}${cyrillic(1000 - value.length)}${value.slice(middle)}`),
        },
        { label: `${at} grown past 2 KB in bytes`, value: withLeaf(path, `${value}${cyrillic(1100)}`) },
        { label: `${at} emptied`, value: withLeaf(path, '') },
        { label: `${at} a number`, value: withLeaf(path, 7) },
        ...partitions.slice(0, 2).map((partition) => ({ label: `${at} set to ${partition}`, value: withLeaf(path, partition) })),
      ];
    }),
  ];
};

/** Query strings (already encoded) that every route must refuse or ignore without failing. */
export const hostileQueries = (
  random: SeededRandom,
  queryKeys: readonly string[],
): readonly { readonly label: string; readonly query: string }[] => {
  const generic = [
    { label: 'an unknown key', query: `unknown${random.hex(4)}=1` },
    { label: 'a prototype key', query: '__proto__=1&constructor=x' },
    { label: 'bracket keys', query: 'a[b]=1&a[]=2' },
    { label: 'a huge unknown value', query: `zz=${'x'.repeat(10 * 1024)}` },
    { label: 'a key without a value', query: 'flag' },
    { label: 'a malformed escape', query: 'x=%E0%A4%A' },
  ];
  const values: readonly { readonly label: string; readonly value: string }[] = [
    { label: 'empty', value: '' },
    { label: 'zero', value: '0' },
    { label: '-1', value: '-1' },
    { label: '1e9', value: '1e9' },
    { label: 'NaN', value: 'NaN' },
    { label: 'Infinity', value: 'Infinity' },
    { label: 'a fraction', value: '1.5' },
    { label: 'hex', value: '0x10' },
    { label: 'padded', value: ' 10 ' },
    { label: '10 KB', value: 'a'.repeat(10 * 1024) },
    { label: 'emoji', value: '😀'.repeat(200) },
    { label: 'a traversal', value: '../../x' },
    { label: 'SQL', value: "' OR 1=1 --" },
    { label: 'a NUL byte', value: '\u0000' },
    { label: 'a key separator', value: 'a#b' },
  ];
  const perKey = queryKeys.flatMap((key) => [
    ...values.map(({ label, value }) => ({ label: `${key} ${label}`, query: `${key}=${encodeURIComponent(value)}` })),
    { label: `${key} repeated`, query: `${key}=10&${key}=20` },
  ]);
  return [...generic, ...perKey];
};

export interface RawBody {
  readonly label: string;
  readonly body: string | Buffer | undefined;
  /** Absent: application/json. Null: no content-type header. */
  readonly contentType?: string | null;
}

/** Bodies of the wrong kind for any route: nothing, non-objects, invalid JSON, bad media types, size and shape extremes. */
export const hostileBodies = (limitBytes: number): readonly RawBody[] => [
  { label: 'no body', body: undefined, contentType: null },
  { label: 'an empty body', body: '' },
  { label: 'null', body: 'null' },
  { label: 'an array', body: '[]' },
  { label: 'a string', body: '"string"' },
  { label: 'a number', body: '1' },
  { label: 'true', body: 'true' },
  { label: 'an empty object', body: '{}' },
  { label: 'a prototype pollution', body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}' },
  { label: 'arrays 1000 deep', body: nestedArrayJson(1000) },
  { label: 'objects 1000 deep', body: nestedObjectJson(1000) },
  { label: '5,000 keys', body: JSON.stringify(manyKeys(5000)) },
  { label: 'a string just under the body limit', body: JSON.stringify({ padding: 'x'.repeat(limitBytes - 64) }) },
  { label: 'a string over the body limit', body: JSON.stringify({ padding: 'x'.repeat(limitBytes + 1024) }) },
  { label: 'invalid JSON', body: '{"oops": ' },
  { label: 'JSON with trailing garbage', body: '{}garbage' },
  { label: 'NaN', body: 'NaN' },
  { label: 'single quotes', body: "{'a':1}" },
  { label: 'a byte-order mark', body: '\uFEFF{}' },
  { label: 'invalid UTF-8', body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { label: 'no content type', body: '{}', contentType: null },
  { label: 'text/plain', body: '{}', contentType: 'text/plain' },
  { label: 'a form', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  {
    label: 'multipart',
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    contentType: 'multipart/form-data; boundary=x',
  },
  { label: 'octet-stream', body: Buffer.from([0, 1, 2, 3, 255]), contentType: 'application/octet-stream' },
  { label: 'a latin-1 charset', body: '{}', contentType: 'application/json; charset=latin1' },
  { label: 'upper-case JSON', body: '{}', contentType: 'APPLICATION/JSON' },
  { label: 'a JSON look-alike', body: '{}', contentType: 'application/jsonp' },
  { label: 'merge-patch JSON', body: '{}', contentType: 'application/merge-patch+json' },
  { label: 'text/csv', body: 'a,b\n1,2\n', contentType: 'text/csv' },
];

/** Bodies for routes that take CSV text. */
export const hostileCsvBodies = (limitBytes: number): readonly RawBody[] => [
  { label: 'an empty CSV', body: '', contentType: 'text/csv' },
  { label: 'a header only', body: 'a,b,c\n', contentType: 'text/csv' },
  { label: 'an unbalanced quote', body: 'a,b\n"1,2\n', contentType: 'text/csv' },
  {
    label: '5,000 columns',
    body: `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(4999)}1\n`,
    contentType: 'text/csv',
  },
  { label: '5,000 rows', body: `a\n${'1\n'.repeat(5000)}`, contentType: 'text/csv' },
  { label: 'a line just under the body limit', body: `a\n${'x'.repeat(limitBytes - 64)}\n`, contentType: 'text/csv' },
  { label: 'NUL bytes', body: 'a,b\n\u0000,\u0000\n', contentType: 'text/csv' },
  { label: 'invalid UTF-8', body: Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0x0a]), contentType: 'text/csv' },
  { label: 'a byte-order mark and CRs only', body: '\uFEFF\r\r\r', contentType: 'text/csv' },
  { label: 'formula injection', body: 'a,b\n=cmd|calc,@SUM(1)\n', contentType: 'text/csv' },
  { label: 'JSON instead', body: '{}', contentType: 'application/json' },
];

/** Values for a header a route requires (Idempotency-Key). */
export const hostileHeaderValues: readonly { readonly label: string; readonly value: string | undefined }[] = [
  { label: 'missing', value: undefined },
  { label: 'empty', value: '' },
  { label: 'blank', value: '   ' },
  { label: 'too short', value: 'abc' },
  { label: '10 KB', value: 'k'.repeat(10 * 1024) },
  { label: 'latin-1', value: 'ÿÿÿÿÿÿÿÿÿÿ' },
  { label: 'with spaces', value: 'key with spaces inside' },
  { label: 'repeated', value: 'first-key-1234, second-key-5678' },
];
