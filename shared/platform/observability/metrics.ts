import type { Metrics } from '@aws-lambda-powertools/metrics';
import { ENV, optionalEnv } from '../config/env.ts';
import { once } from '../wiring/once.ts';
import { describeUnexpectedError, logger } from './logger.ts';

/** The CloudWatch namespace of cadre's business metrics: CDK gives it to every function (POWERTOOLS_METRICS_NAMESPACE); the dashboard reads it. */
export const METRICS_NAMESPACE = 'cadre';

/** The deployment dimension's value where no deployment is named (the local cloud and tests, where metrics are off). */
const NO_DEPLOYMENT = 'local';

/**
 * Every business metric and the only dimensions it may carry besides `service` (Powertools': the
 * function) and `deployment`: programme and stage ids, few and fixed, so the cardinality stays low and
 * nothing about a person (id, name, e-mail, region) can become a dimension. Each is a count.
 */
export const BUSINESS_METRICS = {
  /** Applications submitted (their move out of the draft stage is also an `ApplicationTransitions`). */
  ApplicationsSubmitted: ['programmeId'],
  /** Stage moves written, of every kind: submission, withdrawal, staff decisions, gates, scores, placements. */
  ApplicationTransitions: ['programmeId', 'toStage'],
  /** Mails SES accepted from the mail queue's drainer. */
  MailsSent: [],
  /** Mails the drainer gave up on (a refusal, or too many faults): staff see them in the season's undeliverable mails. */
  MailsUndeliverable: [],
  /** Due mails a drain read from the queue: the backlog it found (up to what it had time to read). */
  MailQueueDepth: [],
  /** Certificates the issuer signed and published. */
  CertificatesIssued: [],
} as const satisfies Record<string, readonly string[]>;

export type BusinessMetric = keyof typeof BUSINESS_METRICS;
export type DimensionsOf<M extends BusinessMetric> = Readonly<Record<(typeof BUSINESS_METRICS)[M][number], string>>;

export interface BusinessMetrics {
  /** Adds `value` (1 by default) to the metric for these dimensions; published at the next `flush`. */
  record<M extends BusinessMetric>(metric: M, dimensions: DimensionsOf<M>, value?: number): void;
  /**
   * Publishes what was recorded since the last flush (EMF on stdout, which CloudWatch turns into
   * metrics) and forgets it. Never throws: a metric lost is not worth a failed request.
   */
  flush(): Promise<void>;
}

/**
 * Business metrics over one Powertools instance. Recordings are summed per dimension set and each set
 * is published as its own EMF document: one document carries one value per dimension name, so a gate
 * page moving applications of two programmes, or a function emitting metrics with different
 * dimensions, must not share one. Only a metric's declared dimensions are kept, whatever a caller passes.
 * Powertools is loaded at the first flush with something to publish, not at a cold start: most
 * requests record nothing, and the library would otherwise weigh on every function's start.
 */
export const createBusinessMetrics = (loadMetrics: () => Promise<Metrics>): BusinessMetrics => {
  const pending = new Map<string, { dimensions: Record<string, string>; values: Map<BusinessMetric, number> }>();
  return {
    record: (metric, dimensions, value = 1) => {
      const declared: Record<string, string> = {};
      for (const name of BUSINESS_METRICS[metric] as readonly string[]) {
        declared[name] = (dimensions as Readonly<Record<string, string>>)[name] ?? '';
      }
      const key = JSON.stringify(declared);
      const set = pending.get(key) ?? { dimensions: declared, values: new Map() };
      set.values.set(metric, (set.values.get(metric) ?? 0) + value);
      pending.set(key, set);
    },
    flush: async () => {
      if (pending.size === 0) return;
      const sets = [...pending.values()];
      pending.clear();
      try {
        const metrics = await loadMetrics();
        for (const { dimensions, values } of sets) {
          if (Object.keys(dimensions).length > 0) metrics.addDimensions(dimensions);
          for (const [metric, value] of values) metrics.addMetric(metric, 'Count', value);
          metrics.publishStoredMetrics();
        }
      } catch (error) {
        logger.warn('business metrics not published', describeUnexpectedError(error));
      }
    },
  };
};

/**
 * A Powertools instance configured from the environment: namespace (POWERTOOLS_METRICS_NAMESPACE),
 * service (POWERTOOLS_SERVICE_NAME) and whether it publishes at all (POWERTOOLS_METRICS_DISABLED),
 * which CDK sets on every function; the deployment dimension from DEPLOYMENT_NAME. The local cloud
 * and the tests disable it, so EMF documents never flood their output.
 */
export const metricsFromEnv = async (): Promise<Metrics> => {
  const { Metrics } = await import('@aws-lambda-powertools/metrics');
  return new Metrics({ logger, defaultDimensions: { deployment: optionalEnv(ENV.deploymentName) ?? NO_DEPLOYMENT } });
};

/** The process's one business-metrics recorder: the ports' adapters record into it, handlers and middleware flush it. */
export const businessMetrics: BusinessMetrics = createBusinessMetrics(once(metricsFromEnv));
