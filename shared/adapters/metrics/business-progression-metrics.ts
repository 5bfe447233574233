import type { BusinessMetrics } from '../../platform/observability/metrics.ts';
import type { ProgressionMetrics } from '../../progression/ports/progression-metrics.ts';

/** Progression's metrics as business metrics of the process (published when the handler flushes them). */
export const businessProgressionMetrics = (metrics: BusinessMetrics): ProgressionMetrics => ({
  applicationSubmitted: (programmeId) => metrics.record('ApplicationsSubmitted', { programmeId }),
  applicationMoved: (programmeId, toStage) => metrics.record('ApplicationTransitions', { programmeId, toStage }),
});
