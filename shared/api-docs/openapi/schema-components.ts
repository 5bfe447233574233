import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod';
import { withIntegerFormats } from './integer-formats.ts';
import type { JsonSchema, Reference } from './openapi-document.ts';

type Io = 'input' | 'output';
const COMPONENTS = '#/components/schemas/';

export interface SchemaComponents {
  /** Stores `schema` as component `name` and returns a reference to it. */
  readonly component: (name: string, schema: z.ZodType, io: Io) => Reference;
  /** `schema` inline (for parameters); `owner` names the component its anonymous subschemas go to. */
  readonly inline: (owner: string, schema: z.ZodType, io: Io) => JsonSchema;
  readonly schemas: () => Readonly<Record<string, JsonSchema>>;
}

/**
 * Converts zod schemas with zod's own z.toJSONSchema (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1) and moves each conversion's `$defs` into `components.schemas`, rewriting refs.
 * Subschemas registered with `.meta({ id })` keep that id as their component name (suffixed
 * `Input` when converted as a request, since defaults and transforms make input and output
 * differ); anonymous ones (cycles) are named after their owner. Integers get their format from
 * their bounds (integer-formats.ts).
 */
export const createSchemaComponents = (): SchemaComponents => {
  const schemas: Record<string, JsonSchema> = {};

  const put = (name: string, json: JsonSchema): void => {
    const existing = schemas[name];
    if (existing !== undefined && !isDeepStrictEqual(existing, json)) {
      throw new Error(`Two different schemas would share the OpenAPI component name "${name}"; give one a different .meta({ id })`);
    }
    schemas[name] = json;
  };

  const convert = (owner: string, schema: z.ZodType, io: Io, rootIsComponent: boolean): JsonSchema => {
    const { $schema: _dialect, $defs, ...root } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
    const definitions: Readonly<Record<string, unknown>> = $defs ?? {};
    const nameOf = (definition: string): string =>
      definition.startsWith('__') ? `${owner}_${definition.slice(2)}` : io === 'input' ? `${definition}Input` : definition;
    const target = (ref: string): string => {
      if (ref === '#') {
        if (!rootIsComponent) throw new Error(`${owner}: a self-referencing schema cannot be inlined`);
        return `${COMPONENTS}${owner}`;
      }
      const definition = ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
      if (definition === undefined || !(definition in definitions)) throw new Error(`${owner}: unexpected $ref ${ref}`);
      return `${COMPONENTS}${nameOf(definition)}`;
    };
    for (const [definition, body] of Object.entries(definitions)) {
      put(nameOf(definition), withIntegerFormats(rewriteRefs(body, target) as JsonSchema));
    }
    return withIntegerFormats(rewriteRefs(root, target) as JsonSchema);
  };

  return {
    component: (name, schema, io) => {
      put(name, convert(name, schema, io, true));
      return { $ref: `${COMPONENTS}${name}` };
    },
    inline: (owner, schema, io) => convert(owner, schema, io, false),
    schemas: () => schemas,
  };
};

const rewriteRefs = (value: unknown, target: (ref: string) => string): unknown => {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, target));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' ? target(item) : rewriteRefs(item, target),
    ]),
  );
};
