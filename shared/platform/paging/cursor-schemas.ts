import * as z from 'zod';

/** What every cursor cadre issues looks like: base64url (cursor.ts). */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * The `cursor` parameter of every paged list: the `nextCursor` of the previous page, as given.
 * The pattern is stated for readers of the OpenAPI document but not checked here: a cursor that is
 * not one cadre issued, whatever its fault, answers 400 `invalid-cursor` from the paging module
 * (cursor.ts), which checks the pattern first.
 */
export const cursorParameterSchema = (maxLength = 2048) =>
  z
    .string()
    .min(1)
    .max(maxLength)
    .meta({ pattern: CURSOR_PATTERN.source })
    .optional()
    .describe('The `nextCursor` of the previous page, as given.');
export const cursorQuerySchema = cursorParameterSchema();

/** A sharded list's cursor (a season's applications) holds every shard's position, so it is longer than a plain one. */
export const SHARDED_CURSOR_MAX_LENGTH = 4096;

/** The `nextCursor` of a page: base64url JSON (cursor.ts), absent on the last page. */
export const nextCursorSchema = (maxLength = 2048) =>
  z.string().max(maxLength).regex(CURSOR_PATTERN).optional().describe('Absent on the last page.');
