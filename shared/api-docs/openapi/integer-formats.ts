import type { JsonSchema } from './openapi-document.ts';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const isInteger = (schema: Readonly<Record<string, unknown>>): boolean =>
  schema['type'] === 'integer' || (Array.isArray(schema['type']) && schema['type'].includes('integer'));

/**
 * `schema` with a `format` on every integer, read off its bounds: `int32` when both bounds fit in
 * 32 bits, `int64` otherwise. zod writes the bounds an integer is validated against (a bare `z.int()`
 * gets JavaScript's safe-integer range) but no format, and a client generator needs one to pick a type.
 */
export const withIntegerFormats = (schema: JsonSchema): JsonSchema => addFormats(schema) as JsonSchema;

const addFormats = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(addFormats);
  if (typeof value !== 'object' || value === null) return value;
  const node = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, addFormats(item)]));
  if (!isInteger(node) || node['format'] !== undefined) return node;
  const minimum = typeof node['minimum'] === 'number' ? node['minimum'] : Number.NEGATIVE_INFINITY;
  const maximum = typeof node['maximum'] === 'number' ? node['maximum'] : Number.POSITIVE_INFINITY;
  return { ...node, format: minimum >= INT32_MIN && maximum <= INT32_MAX ? 'int32' : 'int64' };
};
