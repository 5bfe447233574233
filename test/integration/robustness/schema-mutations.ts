import * as z from 'zod';
import { cyrillic, manyKeys, nestedObject } from './hostile-values.ts';
import type { SeededRandom } from './seeded-random.ts';

/** The part of JSON Schema that `z.toJSONSchema` emits and the mutations read. */
interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly prefixItems?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly required?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly default?: unknown;
}

type Path = readonly (string | number)[];

export interface BodyMutation {
  readonly label: string;
  readonly body: unknown;
}

/** The body's JSON Schema as a client sees it (input side), or undefined where zod cannot express it. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema | undefined => {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return undefined;
  }
};

const resolve = (root: JsonSchema, node: JsonSchema): JsonSchema => {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, '');
  return node.$ref === '#' ? root : (root.$defs?.[name] ?? {});
};

const typesOf = (node: JsonSchema): readonly string[] =>
  node.type === undefined ? [] : typeof node.type === 'string' ? [node.type] : node.type;

const typeOfValue = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

/** The branch of a union that describes `value` (by type and by constant discriminators), else the first. */
const branchFor = (root: JsonSchema, node: JsonSchema, value: unknown): JsonSchema => {
  const resolved = resolve(root, node);
  const branches = (resolved.anyOf ?? resolved.oneOf ?? []).map((branch) => branchFor(root, branch, value));
  const merged =
    resolved.allOf === undefined
      ? resolved
      : (Object.assign({}, ...resolved.allOf.map((part) => branchFor(root, part, value)), resolved) as JsonSchema);
  if (branches.length === 0) return merged;
  const fits = (branch: JsonSchema): boolean => {
    const types = typesOf(branch);
    const kind = typeOfValue(value);
    if (types.length > 0 && !types.includes(kind) && !(kind === 'integer' && types.includes('number'))) return false;
    if (kind !== 'object' || branch.properties === undefined) return true;
    const record = value as Record<string, unknown>;
    return Object.entries(branch.properties).every(([key, property]) => property.const === undefined || record[key] === property.const);
  };
  return branches.find(fits) ?? branches[0] ?? merged;
};

/** A value that satisfies the simpler JSON Schema rules, for bodies of routes without a known good example. */
export const sampleOf = (root: JsonSchema, node: JsonSchema = root, depth = 0): unknown => {
  const schema = branchFor(root, node, undefined);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = typesOf(schema)[0];
  if (depth > 8) return null;
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, sampleOf(root, schema.properties?.[key] ?? {}, depth + 1)]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(root, schema.items ?? {}, depth + 1));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      return sampleString(schema);
    default:
      return null;
  }
};

const sampleString = (schema: JsonSchema): string => {
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema.format === 'date') return '2026-01-15';
  if (schema.format === 'date-time') return '2026-01-15T10:00:00Z';
  if (schema.format === 'email') return 'someone@example.org';
  const candidates = ['ab', 'abc-def', '77', 'RU', 'ru', 'Some text', '+79120000000', 'a1'];
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, 'u');
  const fitting = candidates.find((candidate) => (pattern?.test(candidate) ?? true) && candidate.length >= (schema.minLength ?? 0));
  return fitting ?? 'x'.repeat(Math.max(1, schema.minLength ?? 1));
};

/** Every property path of the body (known in the example or declared in the schema), with its schema. */
const fieldsOf = (root: JsonSchema, example: unknown): { readonly path: Path; readonly schema: JsonSchema }[] => {
  const found: { path: Path; schema: JsonSchema }[] = [];
  const walk = (node: JsonSchema, value: unknown, path: Path): void => {
    if (path.length > 7) return;
    const schema = branchFor(root, node, value);
    if (path.length > 0) found.push({ path, schema });
    const types = typesOf(schema);
    if (types.includes('object') || schema.properties !== undefined) {
      const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      const keys = new Set([...Object.keys(record), ...Object.keys(schema.properties ?? {})]);
      for (const key of keys) {
        const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
        walk(schema.properties?.[key] ?? additional, record[key], [...path, key]);
      }
    } else if (types.includes('array')) {
      const first: unknown = Array.isArray(value) ? value[0] : undefined;
      walk(schema.prefixItems?.[0] ?? schema.items ?? {}, first, [...path, 0]);
    }
  };
  walk(root, example, []);
  return found;
};

const setAt = (body: unknown, path: Path, value: unknown, remove = false): unknown => {
  const copy: unknown = structuredClone(body ?? {});
  let target = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((step, i) => {
    const next = target[step];
    if (next === null || typeof next !== 'object') target[step] = typeof path[i + 1] === 'number' ? [] : {};
    target = target[step] as Record<string | number, unknown>;
  });
  const last = path.at(-1);
  if (last === undefined) return copy;
  if (remove) {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
    else delete target[last];
  } else target[last] = value;
  return copy;
};

const wrongTypeFor = (types: readonly string[]): unknown =>
  types.includes('string')
    ? 12345
    : types.includes('number') || types.includes('integer')
      ? '12'
      : types.includes('boolean')
        ? 'true'
        : types.includes('array')
          ? { 0: 'x' }
          : types.includes('object')
            ? 'x'
            : [];

/** What to put in a field of this schema to break it, every way a hostile client would try. */
const hostileValuesFor = (
  schema: JsonSchema,
): readonly { readonly label: string; readonly value: unknown; readonly remove?: boolean }[] => {
  const types = typesOf(schema);
  const common = [
    { label: 'a wrong type', value: wrongTypeFor(types) },
    { label: 'null', value: null },
    { label: 'removed', value: undefined, remove: true },
    { label: 'a 10 KB string', value: cyrillic(5 * 1024) },
    { label: 'objects 1000 deep', value: nestedObject(1000) },
    { label: '5,000 keys', value: manyKeys(5000) },
    { label: 'a huge number', value: 1e300 },
  ];
  const strings = [
    { label: 'empty', value: '' },
    { label: 'blank', value: '   ' },
    { label: 'emoji', value: '😀🇷🇺👨‍👩‍👧' },
    { label: 'control characters', value: 'a\u0000b\u001bc' },
    { label: 'a traversal', value: '../../etc/passwd' },
    { label: 'SQL', value: "' OR '1'='1' --" },
    { label: 'a key separator', value: 'a#SEASON#b' },
    { label: 'the character limit in 2-byte characters', value: cyrillic(schema.maxLength ?? 1000) },
    { label: '2026-02-30', value: '2026-02-30' },
    { label: '9999-99-99', value: '9999-99-99' },
    { label: 'an impossible time', value: '2026-02-30T25:61:00Z' },
    { label: 'the far future', value: '+275760-09-13T00:00:00.000Z' },
  ];
  const numbers = [
    { label: '-1', value: -1 },
    { label: 'zero', value: 0 },
    { label: 'a fraction', value: 1.5 },
    { label: 'a negative huge number', value: -1e300 },
    { label: 'a tiny number', value: 1e-300 },
    { label: '2^64', value: 2 ** 64 },
    { label: 'a numeric string', value: '1' },
  ];
  const arrays = [
    { label: '5,000 items', value: Array.from({ length: 5000 }, () => 'x') },
    { label: 'a null item', value: [null] },
  ];
  return [
    ...common,
    ...(types.includes('string') || types.length === 0 ? strings : []),
    ...(types.includes('number') || types.includes('integer') || types.length === 0 ? numbers : []),
    ...(types.includes('array') ? arrays : []),
    ...(types.includes('boolean') ? [{ label: 'zero for false', value: 0 }] : []),
  ];
};

/**
 * Mutations of a body, one field at a time: every field of the schema gets wrong types, null,
 * removal, size and shape extremes, bad dates, and each object an unknown key. When there are more
 * than `budget`, a seeded sample is taken (every field keeps its wrong-type and null cases).
 */
export const bodyMutations = (schema: JsonSchema, example: unknown, random: SeededRandom, budget: number): readonly BodyMutation[] => {
  const fields = fieldsOf(schema, example);
  const essential: BodyMutation[] = [{ label: 'an unknown top-level key', body: setAt(example, [`unknown${random.hex(4)}`], 1) }];
  const optional: BodyMutation[] = [];
  for (const { path, schema: field } of fields) {
    const at = path.join('.');
    hostileValuesFor(field).forEach(({ label, value, remove }, i) => {
      const mutation = { label: `${at}: ${label}`, body: setAt(example, path, value, remove) };
      (i < 2 ? essential : optional).push(mutation);
    });
    if (typesOf(field).includes('object'))
      optional.push({ label: `${at}: an unknown key`, body: setAt(example, [...path, `unknown${random.hex(4)}`], 'x') });
  }
  const room = Math.max(0, budget - essential.length);
  return [...random.sample(essential, budget), ...random.sample(optional, room)];
};
