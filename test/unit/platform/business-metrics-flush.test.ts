import assert from 'node:assert/strict';
import { afterEach, describe, it, vi } from 'vitest';
import { createRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { businessMetrics } from '../../../shared/platform/observability/metrics.ts';
import { runTask } from '../../../shared/platform/workflow/run-task.ts';
import { apiEvent, lambdaContext } from '../../support/api-event.ts';
import { createWidget, TEST_ROUTES } from '../../support/test-routes.ts';

const staff = { sub: 'staff-1', 'cognito:groups': '[staff]' };

/** What the process's recorder saw, in order: recordings and flushes. */
const watch = () => {
  const seen: string[] = [];
  vi.spyOn(businessMetrics, 'record').mockImplementation((metric) => {
    seen.push(metric);
  });
  vi.spyOn(businessMetrics, 'flush').mockImplementation(async () => {
    seen.push('flush');
  });
  return seen;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('business metrics are published as each invocation ends', () => {
  const handler = createRouteHandler(TEST_ROUTES, {
    createWidget: async (input) => {
      businessMetrics.record('ApplicationsSubmitted', { programmeId: 'prokadry' });
      return createWidget(input);
    },
    readWidget: async () => {
      businessMetrics.record('ApplicationsSubmitted', { programmeId: 'prokadry' });
      throw new Error('the implementation failed after recording');
    },
  });

  it('an HTTP request: after its answer, once', async () => {
    const seen = watch();
    const event = apiEvent({
      method: 'POST',
      route: '/widgets/{widgetId}',
      pathParameters: { widgetId: 'w-1' },
      claims: staff,
      body: { name: 'Gear', size: 3, owner: { email: 'owner@example.org', phone: '+7 900 000-00-00' } },
    });
    assert.equal((await handler(event, lambdaContext())).statusCode, 201);
    assert.deepEqual(seen, ['ApplicationsSubmitted', 'flush']);
  });

  it('an HTTP request that failed: after its 500, once', async () => {
    const seen = watch();
    const event = apiEvent({ method: 'GET', route: '/widgets/{widgetId}', pathParameters: { widgetId: 'w-1' }, claims: staff });
    assert.equal((await handler(event, lambdaContext())).statusCode, 500);
    assert.deepEqual(seen, ['ApplicationsSubmitted', 'flush']);
  });

  it('a refused HTTP request, which recorded nothing: still flushed, so nothing waits for the next one', async () => {
    const seen = watch();
    const event = apiEvent({
      method: 'POST',
      route: '/widgets/{widgetId}',
      pathParameters: { widgetId: 'w-1' },
      claims: staff,
      rawBody: '{',
    });
    assert.equal((await handler(event, lambdaContext())).statusCode, 400);
    assert.deepEqual(seen, ['flush']);
  });

  it('a workflow task, whether it returns or throws', async () => {
    const seen = watch();
    const tasks = {
      move: async () => async () => {
        businessMetrics.record('ApplicationTransitions', { programmeId: 'prokadry', toStage: 'education' });
        return 'moved';
      },
      fail: async () => async () => {
        businessMetrics.record('ApplicationTransitions', { programmeId: 'prokadry', toStage: 'education' });
        throw new Error('the task failed after recording');
      },
    };
    assert.equal(await runTask(tasks, {}, { task: 'move', input: {} }), 'moved');
    await assert.rejects(runTask(tasks, {}, { task: 'fail', input: {} }), /failed after recording/);
    assert.deepEqual(seen, ['ApplicationTransitions', 'flush', 'ApplicationTransitions', 'flush']);
  });
});
