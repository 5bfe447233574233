import { createRouteHandler } from '../../../../shared/platform/http/route-handler.ts';
import { apiEvent, lambdaContext } from '../../../support/api-event.ts';
import type { RouteImplementation } from '../../../../shared/platform/http/route.ts';
import { createWidget, type createWidgetRoute, readWidget, TEST_ROUTES } from '../../../support/test-routes.ts';
import { PERSONAL } from './personal-data.ts';

/**
 * Run as a child process by request-logging.test.ts: sends requests full of personal data through
 * a handler (success, validation failure, malformed JSON, crash) so the test can read every byte
 * the process wrote. Prints nothing itself; the logger is the only writer.
 */
const claims = { sub: PERSONAL.sub, email: PERSONAL.email, 'cognito:groups': '[staff]', 'custom:organisation': PERSONAL.organisation };
const headers = { authorization: `Bearer ${PERSONAL.token}`, 'x-person': PERSONAL.name };
const widget = { name: PERSONAL.name.slice(0, 20), size: 1, owner: { email: PERSONAL.email, phone: PERSONAL.phone } };
const post = (body: unknown, rawBody?: string) =>
  apiEvent({
    method: 'POST',
    route: '/widgets/{widgetId}',
    pathParameters: { widgetId: 'w-1' },
    headers,
    claims,
    body,
    ...(rawBody === undefined ? {} : { rawBody }),
  });

const handler = createRouteHandler(TEST_ROUTES, { createWidget, readWidget });
const failingCreate: RouteImplementation<typeof createWidgetRoute> = async ({ body }) => {
  throw new Error(`cannot store ${body.owner.email} ${PERSONAL.passport}`);
};
const crashing = createRouteHandler(TEST_ROUTES, { createWidget: failingCreate, readWidget });

await handler(post(widget), lambdaContext());
await handler(post({ ...widget, size: PERSONAL.name, passport: PERSONAL.passport }), lambdaContext());
await handler(post(undefined, `{"email":"${PERSONAL.email}",`), lambdaContext());
await crashing(post(widget), lambdaContext());
