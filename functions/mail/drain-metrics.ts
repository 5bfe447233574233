import type { DrainReport } from '../../shared/mail/use-cases/drain-mail-queue.ts';
import type { BusinessMetrics } from '../../shared/platform/observability/metrics.ts';

/**
 * A drain's counts as business metrics, zeros included, so a quiet queue draws a line at 0 rather
 * than a gap. A drain that found the lease held did nothing: the drainer at work reports the queue.
 */
export const recordDrain = (metrics: BusinessMetrics, report: DrainReport): void => {
  if (report.outcome === 'lease-held') return;
  metrics.record('MailsSent', {}, report.sent);
  metrics.record('MailsUndeliverable', {}, report.failed);
  metrics.record('MailQueueDepth', {}, report.due);
};
