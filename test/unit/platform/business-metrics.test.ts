import assert from 'node:assert/strict';
import fc from 'fast-check';
import { afterEach, describe, it, vi } from 'vitest';
import { businessProgressionMetrics } from '../../../shared/adapters/metrics/business-progression-metrics.ts';
import {
  BUSINESS_METRICS,
  type BusinessMetric,
  createBusinessMetrics,
  METRICS_NAMESPACE,
  metricsFromEnv,
} from '../../../shared/platform/observability/metrics.ts';
import { recordDrain } from '../../../functions/mail/drain-metrics.ts';
import { captureLogs } from '../../support/capture-logs.ts';

/**
 * The only dimensions a published metric may have: the function, the deployment, a programme's id and a
 * stage's id. Written out here rather than derived from the code: adding a dimension means changing this
 * list, in review, on purpose.
 */
const ALLOWED_DIMENSIONS = new Set(['service', 'deployment', 'programmeId', 'toStage']);

interface EmfDocument {
  readonly _aws: { readonly CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
  readonly [key: string]: unknown;
}

/** Metrics as a deployed function publishes them (what CDK sets), into a recorder whose EMF output the test reads. */
const deployedRecorder = () => {
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', METRICS_NAMESPACE);
  vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'cadre-applications');
  vi.stubEnv('DEPLOYMENT_NAME', 'dev-eu-central-1');
  return createBusinessMetrics(metricsFromEnv);
};

/** The EMF documents `work` published (every console line of it must be one). */
const published = async (work: () => Promise<void>): Promise<EmfDocument[]> => {
  const output = await captureLogs(work);
  return output === '' ? [] : output.split('\n').map((line) => JSON.parse(line) as EmfDocument);
};

const dimensionNames = (document: EmfDocument): string[] =>
  document._aws.CloudWatchMetrics.flatMap((directive) => directive.Dimensions.flat());
const metricNames = (document: EmfDocument): string[] =>
  document._aws.CloudWatchMetrics.flatMap((directive) => directive.Metrics.map((metric) => metric.Name));

afterEach(() => {
  vi.unstubAllEnvs();
});

const LOCAL_ID = fc.stringMatching(/^[a-z0-9]{2,12}(-[a-z0-9]{1,12}){0,2}$/);

describe('business metrics', () => {
  it('publish in the cadre namespace with the function and the deployment, summed per dimension set, one document per set', async () => {
    const metrics = deployedRecorder();
    const progression = businessProgressionMetrics(metrics);
    const documents = await published(async () => {
      progression.applicationSubmitted('prokadry');
      progression.applicationMoved('prokadry', 'screening');
      progression.applicationMoved('prokadry', 'screening');
      progression.applicationMoved('kadry-budushchego', 'screening');
      await metrics.flush();
    });
    assert.equal(documents.length, 3);
    for (const document of documents) {
      assert.equal(document._aws.CloudWatchMetrics[0]?.Namespace, METRICS_NAMESPACE);
      assert.equal(document['service'], 'cadre-applications');
      assert.equal(document['deployment'], 'dev-eu-central-1');
      assert.equal(document._aws.CloudWatchMetrics[0]?.Metrics[0]?.Unit, 'Count');
    }
    const moves = documents.filter((document) => metricNames(document).includes('ApplicationTransitions'));
    assert.deepEqual(moves.map((document) => [document['programmeId'], document['toStage'], document['ApplicationTransitions']]).sort(), [
      ['kadry-budushchego', 'screening', 1],
      ['prokadry', 'screening', 2],
    ]);
    const [submitted] = documents.filter((document) => metricNames(document).includes('ApplicationsSubmitted'));
    assert.deepEqual(dimensionNames(submitted!).sort(), ['deployment', 'programmeId', 'service']);
    assert.equal(submitted!['ApplicationsSubmitted'], 1);
  });

  it('publish only dimensions from the allow-list, for every metric, whatever a caller passes', async () => {
    const metrics = deployedRecorder();
    const progression = businessProgressionMetrics(metrics);
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        // Programme and stage ids are validated local ids wherever they come from (the settings' schema).
        LOCAL_ID,
        LOCAL_ID,
        fc.dictionary(fc.string({ minLength: 1 }), fc.string({ minLength: 1 })),
        fc.nat({ max: 1000 }),
        async (programmeId, toStage, smuggled, count) => {
          const documents = await published(async () => {
            // The emitters cadre wires in: progression's port and the mail drainer's report.
            progression.applicationSubmitted(programmeId);
            progression.applicationMoved(programmeId, toStage);
            recordDrain(metrics, { outcome: 'drained', sent: count, retried: 0, failed: count, skipped: 0, due: count });
            // And every metric recorded directly, with whatever else a careless caller might pass along.
            for (const metric of Object.keys(BUSINESS_METRICS) as BusinessMetric[]) {
              const careless = { ...smuggled, email: 'ivan@example.ru', applicantId: 'a1', programmeId, toStage };
              metrics.record(metric, careless, count);
            }
            await metrics.flush();
          });
          for (const document of documents) {
            for (const name of dimensionNames(document)) assert.ok(ALLOWED_DIMENSIONS.has(name), `dimension ${name}`);
            for (const name of metricNames(document)) seen.add(name);
            assert.equal(JSON.stringify(document).includes('ivan@example.ru'), false);
          }
        },
      ),
      { numRuns: 50 },
    );
    assert.deepEqual([...seen].sort(), Object.keys(BUSINESS_METRICS).sort(), 'every metric was published');
  });

  it('publish nothing, and say nothing, when nothing was recorded', async () => {
    const metrics = deployedRecorder();
    assert.deepEqual(await published(() => metrics.flush()), []);
  });

  it('are silent when disabled, as in the local cloud and the tests, and forget what was recorded', async () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
    const metrics = createBusinessMetrics(metricsFromEnv);
    assert.deepEqual(
      await published(async () => {
        metrics.record('MailsSent', {}, 3);
        await metrics.flush();
      }),
      [],
    );
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    assert.deepEqual(await published(() => metrics.flush()), []);
  });

  it('a drain that found the lease held records nothing: the drainer at work reports the queue', async () => {
    const metrics = deployedRecorder();
    const documents = await published(async () => {
      recordDrain(metrics, { outcome: 'lease-held', sent: 0, retried: 0, failed: 0, skipped: 0, due: 0 });
      await metrics.flush();
    });
    assert.deepEqual(documents, []);
  });

  it('a drain records sent, undeliverable and due mails, zeros included, in one document', async () => {
    const metrics = deployedRecorder();
    const [document, ...others] = await published(async () => {
      recordDrain(metrics, { outcome: 'budget-spent', sent: 12, retried: 1, failed: 0, skipped: 2, due: 40 });
      await metrics.flush();
    });
    assert.deepEqual(others, []);
    assert.deepEqual(dimensionNames(document!).sort(), ['deployment', 'service']);
    assert.deepEqual([document!['MailsSent'], document!['MailsUndeliverable'], document!['MailQueueDepth']], [12, 0, 40]);
  });
});
