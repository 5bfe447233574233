import { businessMetrics } from '../../observability/metrics.ts';
import type { HttpMiddleware } from '../request-state.ts';

/**
 * Publishes the business metrics a request recorded (a submission, a withdrawal) once its answer is
 * ready, whether it succeeded or failed, so nothing recorded waits for (or leaks into) the next request.
 */
export const metricsFlush = (): HttpMiddleware => {
  const flush = (): Promise<void> => businessMetrics.flush();
  return { after: flush, onError: flush };
};
