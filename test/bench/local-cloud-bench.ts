import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startLocalCloud } from '../../infra/local/local-cloud.ts';
import { CAPABILITIES, type Capability } from '../../shared/platform/http/route.ts';
import { invokeHandler } from '../support/api-event.ts';
import { meterCapacity } from './capacity-meter.ts';
import { ASSIGNMENT_RUN, benchAssignmentPlanner, benchAssignmentRun, printAssignmentReport } from './assignment-bench.ts';
import { MATCHING_RUN_STAGE, benchMatchingRun, printMatchingRunReport } from './matching-run-bench.ts';
import { benchIssuing, printIssuingReport } from './issuing-bench.ts';
import { benchCounterWrites, benchReportReads, printCounterWrites, printReportReads } from './counters-bench.ts';
import { benchGate, type GateMeasurement } from './gate-bench.ts';
import { meteredWorkflowTasks } from './metered-workflow-tasks.ts';
import { printGateReport } from './gate-report.ts';
import { benchRoutes, type Handler } from './route-costs.ts';
import { workflowFunctionMemoryMb } from './workflow-memory.ts';

/**
 * The parts of `npm run bench` that run on a local cloud of its own (DynamoDB Local in memory, the
 * SES server, the local Step Functions server running the real ASL with the real workflow Lambda in
 * process): the route costs and the review assignment run (`routes`), the internship matching run
 * (`matchingRun`), the certificate issuer over `issuing.count` requested certificates (`issuing`) and
 * the cohort gates over `sizes` applications (`gate`).
 * The cloud is stopped before this returns.
 */
export const benchOnLocalCloud = async ({
  sizes,
  routes,
  gate,
  matchingRun,
  counters,
  issuing,
}: {
  readonly sizes: readonly number[];
  readonly routes: boolean;
  readonly gate: boolean;
  /** The internship matching run over 10,000 applicants × 1,000 offers (matching-run-bench.ts). */
  readonly matchingRun: boolean;
  /** What the season counters add to applications' writes, and reading reports at 1,000 to 1,000,000 applications (counters-bench.ts). */
  readonly counters: boolean;
  /** The certificate issuer working through that many requested certificates (issuing-bench.ts); undefined: not run. */
  readonly issuing: { readonly count: number } | undefined;
}): Promise<void> => {
  const tasks = meteredWorkflowTasks();
  const cloud = await startLocalCloud({ ports: { dynamodb: 0, s3: 0, ses: 0, sfn: 0 }, loadHandler: tasks.loadHandler });
  try {
    // The handlers read their environment at import, so they load after the local cloud set it.
    const { documentClient } = await import('../../shared/adapters/dynamodb/document-client.ts');
    const { sfnClient } = await import('../../shared/adapters/sfn/sfn-client.ts');
    const handlers: Record<Capability, Handler> = {
      docs: (await import('../../functions/docs/handler.ts')).handler,
      programmes: (await import('../../functions/programmes/handler.ts')).handler,
      applications: (await import('../../functions/applications/handler.ts')).handler,
      documents: (await import('../../functions/documents/handler.ts')).handler,
      education: (await import('../../functions/education/handler.ts')).handler,
      reviews: (await import('../../functions/reviews/handler.ts')).handler,
      partners: (await import('../../functions/partners/handler.ts')).handler,
      internships: (await import('../../functions/internships/handler.ts')).handler,
      mentoring: (await import('../../functions/mentoring/handler.ts')).handler,
      certificates: (await import('../../functions/certificates/handler.ts')).handler,
      reports: (await import('../../functions/reports/handler.ts')).handler,
      counters: (await import('../../functions/counters/handler.ts')).handler,
      erasure: (await import('../../functions/erasure/handler.ts')).handler,
      'own-data': (await import('../../functions/own-data/handler.ts')).handler,
      webhooks: (await import('../../functions/webhooks/handler.ts')).handler,
    };
    const tableName = cloud.env['TABLE_NAME'] ?? '';
    const client = documentClient();
    const meter = meterCapacity(client);
    const sfn = sfnClient();

    if (routes) await benchRoutes({ client, tableName, meter, sfn, handlers, capabilities: CAPABILITIES });

    if (routes) {
      const benchClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.env['DYNAMODB_ENDPOINT'] }), {
        marshallOptions: { removeUndefinedValues: true },
      });
      console.log(`\nReview assignment over ${ASSIGNMENT_RUN.applications.toLocaleString('en')} applications …`);
      const planner = benchAssignmentPlanner();
      const run = await benchAssignmentRun({
        tableName,
        benchClient,
        meter,
        tasks: tasks.meter,
        sfn,
        callReviews: (init) => invokeHandler(handlers.reviews, init),
      });
      printAssignmentReport(planner, run, workflowFunctionMemoryMb());
    }

    if (matchingRun) {
      const benchClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.env['DYNAMODB_ENDPOINT'] }), {
        marshallOptions: { removeUndefinedValues: true },
      });
      console.log(
        `\nInternship matching over ${MATCHING_RUN_STAGE.applicants.toLocaleString('en')} applicants × ${MATCHING_RUN_STAGE.offers.toLocaleString('en')} offers …`,
      );
      const run = await benchMatchingRun({
        tableName,
        benchClient,
        meter,
        tasks: tasks.meter,
        sfn,
        callInternships: (init) => invokeHandler(handlers.internships, init),
      });
      printMatchingRunReport(run, workflowFunctionMemoryMb());
    }

    if (counters) {
      const benchClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.env['DYNAMODB_ENDPOINT'] }), {
        marshallOptions: { removeUndefinedValues: true },
      });
      console.log('\nSeason counters: 1,000 applications written with and without counters, then reports of 1,000 to 1,000,000 …');
      const countersContext = {
        tableName,
        benchClient,
        client,
        meter,
        callReports: (init: Parameters<typeof invokeHandler>[1]) => invokeHandler(handlers.reports, init),
      };
      printReportReads(await benchReportReads(countersContext));
      printCounterWrites(await benchCounterWrites(countersContext));
    }

    if (issuing !== undefined) {
      const benchClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.env['DYNAMODB_ENDPOINT'] }), {
        marshallOptions: { removeUndefinedValues: true },
      });
      const { s3Client } = await import('../../shared/adapters/s3/s3-client.ts');
      console.log(`\nCertificate issuing of ${issuing.count.toLocaleString('en')} requested certificates …`);
      const run = await benchIssuing({ tableName, benchClient, meter, s3: s3Client(), count: issuing.count });
      printIssuingReport(run);
      if (run.problems.length > 0) process.exitCode = 1;
    }

    if (gate) {
      const benchClient = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.env['DYNAMODB_ENDPOINT'] }), {
        marshallOptions: { removeUndefinedValues: true },
      });
      const context = {
        tableName,
        benchClient,
        meter,
        tasks: tasks.meter,
        sfn,
        callApplications: (init: Parameters<typeof invokeHandler>[1]) => invokeHandler(handlers.applications, init),
      };
      const measurements: GateMeasurement[] = [];
      for (const [index, size] of sizes.entries()) {
        const interrupt = sizes.length > 1 && index === sizes.length - 1;
        console.log(`\nGate over ${size.toLocaleString('en')} applications${interrupt ? ' (stopped half way, then resumed)' : ''} …`);
        const measurement = await benchGate(context, size, { interrupt });
        console.log(
          `  seeded in ${measurement.seedSeconds.toFixed(0)} s (not timed); gate ${measurement.seconds.toFixed(1)} s${measurement.problems.length === 0 ? '; every application checked' : `; PROBLEMS: ${measurement.problems.join('; ')}`}`,
        );
        measurements.push(measurement);
      }
      printGateReport(measurements, workflowFunctionMemoryMb());
      if (measurements.some((measurement) => measurement.problems.length > 0)) process.exitCode = 1;
    }
  } finally {
    await cloud.stop();
  }
};
