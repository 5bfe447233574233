import * as z from 'zod';

/**
 * The `cursor` query parameter of every paged list: the `nextCursor` of the previous page, as
 * given. No pattern on purpose: a cursor that is not one cadre issued answers 400
 * `invalid-cursor` from the paging module (cursor.ts), one code whatever was sent.
 */
export const cursorQuerySchema = z.string().min(1).max(2048).optional().describe('The `nextCursor` of the previous page, as given.');

/** The `nextCursor` of a page: base64url JSON (cursor.ts), absent on the last page. */
export const nextCursorSchema = (maxLength = 2048) =>
  z
    .string()
    .max(maxLength)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .describe('Absent on the last page.');
