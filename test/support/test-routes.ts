import * as z from 'zod';
import { defineRoute, type RouteImplementation } from '../../shared/platform/http/route.ts';

/** Routes that exist only in tests, to drive the middleware through every branch. */
export const createWidgetRoute = defineRoute({
  operationId: 'createWidget',
  method: 'POST',
  path: '/widgets/{widgetId}',
  capability: 'docs',
  roles: ['staff', 'partner'],
  summary: 'Create a widget (test only)',
  tags: ['test'],
  request: {
    params: z.strictObject({ widgetId: z.string().regex(/^w-\d+$/) }),
    query: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
    headers: z.object({ 'idempotency-key': z.uuid().optional() }),
    body: z
      .strictObject({
        name: z.string().min(2).max(20),
        size: z.int().min(1),
        owner: z.strictObject({ email: z.email(), phone: z.string().min(5) }),
      })
      .superRefine((value, context) => {
        if (value.name === 'forbidden')
          context.addIssue({
            code: 'custom',
            path: ['name'],
            message: 'Reserved name',
            params: { code: 'reserved-name', message: { ru: 'Зарезервированное имя', en: 'Reserved name' } },
          });
      }),
  },
  responses: { 201: { description: 'Created', body: z.strictObject({ widgetId: z.string(), name: z.string() }) } },
});

export const readWidgetRoute = defineRoute({
  operationId: 'readWidget',
  method: 'GET',
  path: '/widgets/{widgetId}',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'Read a widget (test only)',
  tags: ['test'],
  request: { params: z.strictObject({ widgetId: z.string() }) },
  responses: { 200: { description: 'The widget', body: z.strictObject({ widgetId: z.string(), caller: z.string().optional() }) } },
});

export const TEST_ROUTES = [createWidgetRoute, readWidgetRoute] as const;

export const createWidget: RouteImplementation<typeof createWidgetRoute> = async ({ params, body }) => ({
  status: 201,
  body: { widgetId: params.widgetId, name: body.name },
});

export const readWidget: RouteImplementation<typeof readWidgetRoute> = async ({ params, identity }) => ({
  status: 200,
  body: { widgetId: params.widgetId, ...(identity === undefined ? {} : { caller: identity.subject }) },
});
