import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { UntypedRouteLoaders } from '../../../shared/platform/http/route-loaders.ts';
import { createLoadingRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { type RouteModule, routeModule } from '../../../shared/platform/http/route-module.ts';
import { problemSchema } from '../../../shared/platform/http/problem-schema.ts';
import { apiEvent, lambdaContext } from '../../support/api-event.ts';
import { createWidgetRoute, readWidget, readWidgetRoute } from '../../support/test-routes.ts';

const READ_KEY = 'GET /widgets/{widgetId}';
const readEvent = () => apiEvent({ method: 'GET', route: '/widgets/{widgetId}', pathParameters: { widgetId: 'w-1' } });
const readModule = routeModule(readWidgetRoute, readWidget) as unknown as RouteModule;

/** A loader that counts its calls and can be told to fail the next ones. */
const countingLoader = (module: RouteModule) => {
  const loader = {
    calls: 0,
    failuresLeft: 0,
    load: async (): Promise<RouteModule> => {
      loader.calls += 1;
      // A real import() settles on a later turn; so does this one.
      await new Promise((resolve) => setImmediate(resolve));
      if (loader.failuresLeft > 0) {
        loader.failuresLeft -= 1;
        throw new Error('chunk could not be read');
      }
      return module;
    },
  };
  return loader;
};

const problemCode = (body: string | undefined): string => problemSchema.parse(JSON.parse(body ?? '')).code;

describe('routes loaded at their first call', () => {
  it('loads a route once, even when its first calls arrive together', async () => {
    const loader = countingLoader(readModule);
    const handler = createLoadingRouteHandler({ [READ_KEY]: loader.load });
    const results = await Promise.all(Array.from({ length: 20 }, () => handler(readEvent(), lambdaContext())));
    assert.deepEqual(
      results.map((result) => result.statusCode),
      Array.from({ length: 20 }, () => 200),
    );
    await handler(readEvent(), lambdaContext());
    assert.equal(loader.calls, 1);
  });

  it('answers 500 while a route cannot be loaded, and loads it again on the next call', async () => {
    const loader = countingLoader(readModule);
    loader.failuresLeft = 1;
    const handler = createLoadingRouteHandler({ [READ_KEY]: loader.load });
    const failed = await handler(readEvent(), lambdaContext());
    assert.equal(failed.statusCode, 500);
    assert.equal(problemCode(failed.body), 'internal-error');
    const served = await handler(readEvent(), lambdaContext());
    assert.equal(served.statusCode, 200);
    assert.equal(loader.calls, 2);
  });

  it('refuses (500) to run a module whose route is not the one its key names', async () => {
    const wrong = routeModule(createWidgetRoute, async () => ({
      status: 201,
      body: { widgetId: 'w-1', name: 'x' },
    })) as unknown as RouteModule;
    const handler = createLoadingRouteHandler({ [READ_KEY]: async () => wrong });
    const result = await handler(readEvent(), lambdaContext());
    assert.equal(result.statusCode, 500);
    assert.equal(problemCode(result.body), 'internal-error');
  });

  it('answers 404 for a route key it has no loader for, including the names every object inherits', async () => {
    const loader = countingLoader(readModule);
    const handler = createLoadingRouteHandler({ [READ_KEY]: loader.load } satisfies UntypedRouteLoaders);
    for (const routeKey of ['GET /widgets', 'constructor', '__proto__', 'toString']) {
      const event = { ...readEvent(), routeKey };
      const result = await handler(event, lambdaContext());
      assert.equal(result.statusCode, 404, routeKey);
      assert.equal(problemCode(result.body), 'route-not-found', routeKey);
    }
    assert.equal(loader.calls, 0);
  });
});
