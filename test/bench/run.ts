import './quiet-logs.ts';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startLocalCloud } from '../../infra/local/local-cloud.ts';
import type { Capability } from '../../shared/http/route.ts';
import { invokeHandler } from '../support/api-event.ts';
import { bundleBytes } from './bundle-size.ts';
import { meterCapacity } from './capacity-meter.ts';
import { benchGate, type GateMeasurement } from './gate-bench.ts';
import { meteredWorkflowTasks } from './metered-workflow-tasks.ts';
import { printGateReport } from './gate-report.ts';
import { benchRoutes } from './route-costs.ts';
import { workflowFunctionMemoryMb } from './workflow-memory.ts';

/**
 * `npm run bench`: a benchmark, not a test (it prints and asserts nothing but the gate's exactly-once
 * check). On a local cloud of its own (DynamoDB Local in memory, the SES server, the local Step
 * Functions server running the real ASL with the real workflow Lambda in process):
 * 1. what each applications and documents route costs in DynamoDB (ReturnConsumedCapacity);
 * 2. a cohort gate over 10,000 and over 100,000 applications, timed; the larger one is stopped half
 *    way (StopExecution) and resumed by reconcileGateRuns, as the calendar tick would; every
 *    application and mail is then checked (moved once, mailed once); with a cost model per 1,000
 *    applications from counted work (cost-model.ts, prices.ts);
 * 3. the Lambdas' bundle sizes.
 * `npm run bench -- --sizes 1000,10000` picks other gate sizes (the last one is interrupted);
 * `--routes-only` / `--gate-only` run one part.
 */
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'routes-only': { type: 'boolean', default: false },
    'gate-only': { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes takes positive whole numbers, comma-separated: ${options.sizes}`);

const CAPABILITIES: readonly Capability[] = ['applications', 'documents'];
const benchStarted = performance.now();
const tasks = meteredWorkflowTasks();
const cloud = await startLocalCloud({ ports: { dynamodb: 0, s3: 0, ses: 0, sfn: 0 }, loadHandler: tasks.loadHandler });
try {
  // The handlers read their environment at import, so they load after the local cloud set it.
  const { documentClient } = await import('../../shared/adapters/dynamodb/document-client.ts');
  const { sfnClient } = await import('../../shared/adapters/sfn/sfn-client.ts');
  const handlers = {
    applications: (await import('../../functions/applications/handler.ts')).handler,
    documents: (await import('../../functions/documents/handler.ts')).handler,
  };
  const tableName = cloud.env['TABLE_NAME'] ?? '';
  const client = documentClient();
  const meter = meterCapacity(client);
  const sfn = sfnClient();

  if (!options['gate-only']) await benchRoutes({ client, tableName, meter, sfn, handlers, capabilities: CAPABILITIES });

  if (!options['routes-only']) {
    const benchClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.env['DYNAMODB_ENDPOINT'] }), { marshallOptions: { removeUndefinedValues: true } });
    const context = { tableName, benchClient, meter, tasks: tasks.meter, sfn, callApplications: (init: Parameters<typeof invokeHandler>[1]) => invokeHandler(handlers.applications, init) };
    const measurements: GateMeasurement[] = [];
    for (const [index, size] of sizes.entries()) {
      const interrupt = sizes.length > 1 && index === sizes.length - 1;
      console.log(`\nGate over ${size.toLocaleString('en')} applications${interrupt ? ' (stopped half way, then resumed)' : ''} …`);
      const measurement = await benchGate(context, size, { interrupt });
      console.log(`  seeded in ${measurement.seedSeconds.toFixed(0)} s (not timed); gate ${measurement.seconds.toFixed(1)} s${measurement.problems.length === 0 ? '; every application checked' : `; PROBLEMS: ${measurement.problems.join('; ')}`}`);
      measurements.push(measurement);
    }
    printGateReport(measurements, workflowFunctionMemoryMb());
    if (measurements.some((measurement) => measurement.problems.length > 0)) process.exitCode = 1;
  }

  if (!options['gate-only']) {
    console.log('\nLambda bundles (esbuild: ESM, node24, minified, SDK bundled; without source maps)\n');
    for (const capability of [...CAPABILITIES, 'workflow', 'calendar', 'mail']) console.log(`${capability.padEnd(12)} ${((await bundleBytes(capability)) / 1024).toFixed(0)} KiB`);
  }
} finally {
  await cloud.stop();
  console.log(`\nnpm run bench took ${((performance.now() - benchStarted) / 1000 / 60).toFixed(1)} min.`);
}
