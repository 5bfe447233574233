import * as z from 'zod';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { defineRoute } from '../platform/http/route.ts';
import { undeliverableMailSchema } from './ports/undeliverable-mail.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
/** base64url of a mail id, as `ref` gives it. */
const mailRefSchema = z
  .string()
  .min(1)
  .max(700)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'base64url' });

const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorQuerySchema,
});

export const listUndeliverableMailRoute = defineRoute({
  operationId: 'listUndeliverableMail',
  method: 'GET',
  path: '/seasons/{seasonId}/undeliverable-mail',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Mails of a season that could not be delivered',
  description:
    'For staff of the season’s programme: mails the mail service refused, or that kept failing after every retry, oldest first, with the recipient and the service’s answer (never the body). Fix the cause, then retry one.',
  tags: ['mail'],
  request: { params: seasonParams, query: pageQuery },
  responses: {
    200: {
      description: 'A page of undeliverable mails',
      body: z.strictObject({
        items: z.array(undeliverableMailSchema).max(100),
        nextCursor: nextCursorSchema(),
      }),
    },
  },
});

export const retryUndeliverableMailRoute = defineRoute({
  operationId: 'retryUndeliverableMail',
  method: 'POST',
  path: '/seasons/{seasonId}/undeliverable-mail/{mailRef}/retry',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Queue an undeliverable mail again',
  description:
    'Puts the mail back in the queue, due now; the mail queue sends it at the deployment’s rate. A mail that is no longer undeliverable answers 409.',
  tags: ['mail'],
  request: { params: z.strictObject({ seasonId: seasonIdSchema, mailRef: mailRefSchema }) },
  responses: {
    202: { description: 'Queued again', body: z.strictObject({ mailId: z.string().max(512), status: z.literal('queued') }) },
    409: { description: 'The mail is not undeliverable any more: queued again or sent (`mail-not-failed`).' },
  },
});

export const mailRoutes = [listUndeliverableMailRoute, retryUndeliverableMailRoute] as const;
