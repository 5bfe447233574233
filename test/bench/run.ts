import './quiet-logs.ts';
import { randomUUID } from 'node:crypto';
import { startLocalCloud } from '../../infra/local/local-cloud.ts';
import { routeKey, type Capability } from '../../shared/http/route.ts';
import { ROUTES } from '../../shared/routes/index.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';
import { bundleBytes } from './bundle-size.ts';
import { meterCapacity, type MeteredRequest } from './capacity-meter.ts';
import { aboveTarget, REASONS } from './reasons.ts';
import { newApplicantClaims, SCENARIOS, type BenchIds } from './scenarios.ts';

/**
 * `npm run bench`: what each applications and documents route costs in DynamoDB, measured on
 * DynamoDB Local (in memory, offline) by driving the real Lambda handlers, plus the Lambdas'
 * bundle sizes. A benchmark, not a test: it prints and asserts nothing.
 */
const CAPABILITIES: readonly Capability[] = ['applications', 'documents'];

const cloud = await startLocalCloud({ ports: { dynamodb: 0, s3: 0, ses: 0, sfn: 0 } });
try {
  // The handlers read their environment at import, so they load after the local cloud set it.
  const { documentClient } = await import('../../shared/adapters/dynamodb/document-client.ts');
  const { DynamoDbProgrammeRepository } = await import('../../shared/adapters/dynamodb/dynamodb-programme-repository.ts');
  const { DynamoDbSeasonRepository } = await import('../../shared/adapters/dynamodb/dynamodb-season-repository.ts');
  const { DynamoDbDocumentRepository } = await import('../../shared/adapters/dynamodb/dynamodb-document-repository.ts');
  const { prokadryTemplate } = await import('../../shared/programmes/templates/prokadry.ts');
  const handlers: Record<string, (typeof import('../../functions/applications/handler.ts'))['handler']> = {
    applications: (await import('../../functions/applications/handler.ts')).handler,
    documents: (await import('../../functions/documents/handler.ts')).handler,
  };
  const tableName = cloud.env['TABLE_NAME'] ?? '';
  const client = documentClient();
  const meter = meterCapacity(client);

  const programmeId = `bench-${randomUUID().slice(0, 8)}`;
  const seasonId = `bench-${randomUUID().slice(0, 8)}`;
  const at = new Date().toISOString();
  await new DynamoDbProgrammeRepository(client, tableName).create({ id: programmeId, templateId: 'prokadry', version: 1, createdAt: at, updatedAt: at, settings: prokadryTemplate.settings });
  await new DynamoDbSeasonRepository(client, tableName).create({
    id: seasonId,
    programmeId,
    title: { ru: 'Сезон', en: 'Season' },
    description: { ru: 'Описание', en: 'Description' },
    referenceDate: '2026-08-31',
    calendar: [{ stage: 'application', opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() }],
    questions: [{ id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } }],
    status: 'open',
    version: 2,
    createdAt: at,
    updatedAt: at,
    openingAttempts: 1,
  });
  interface Row {
    readonly operationId: string;
    readonly route: string;
    readonly status: string;
    readonly requests: readonly MeteredRequest[];
  }
  const documents = new DynamoDbDocumentRepository(client, tableName);
  const rows: Row[] = [];
  const routes = ROUTES.filter((candidate) => CAPABILITIES.includes(candidate.capability));
  const unscripted = routes.filter((route) => !SCENARIOS.some((scenario) => scenario.operationId === route.operationId));
  /**
   * One pass of every scenario for a new applicant. The first pass warms the containers (the
   * catalogue cache, the SDK clients), as every call but a container's first finds them; only the
   * second is metered and printed.
   */
  const runPass = async (metered: boolean) => {
    const applicant = newApplicantClaims();
    const ids: BenchIds = {
      seasonId,
      programmeId,
      applicant,
      staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
      applicationId: randomUUID(),
      documentId: randomUUID(),
      submittedVersion: 0,
  };
  /** The record documents' confirm writes once the checks pass; seeded so submission and download find a verified résumé. */
  const seedVerifiedResume = async () => {
    const now = new Date().toISOString();
    ids.documentId = randomUUID();
    await documents.create({
      id: ids.documentId,
      applicationId: ids.applicationId,
      applicantId: applicant['sub'] ?? '',
      requirementId: 'resume',
      format: 'pdf',
      contentType: 'application/pdf',
      fileName: 'resume.pdf',
      objectKey: `applications/${ids.applicationId}/${ids.documentId}`,
      uploadExpiresAt: now,
      declaredSize: 200_000,
      limits: { maxBytes: 10 * 1024 * 1024 },
      size: 200_000,
      status: 'verified',
      createdAt: now,
      updatedAt: now,
      verifiedAt: now,
      version: 1,
    });
  };

  for (const scenario of SCENARIOS) {
    const route = routes.find((candidate) => candidate.operationId === scenario.operationId);
    const handler = route === undefined ? undefined : handlers[route.capability];
    if (route === undefined || handler === undefined) continue;
    if (route.operationId === 'getDocumentDownloadLink') await seedVerifiedResume();
    meter.take();
    const result = await handler(apiEvent(scenario.request(ids)), lambdaContext());
    const requests = meter.take();
    const body = typeof result.body === 'string' && result.body.length > 0 ? (JSON.parse(result.body) as Record<string, unknown>) : {};
    if (metered) rows.push({ operationId: route.operationId, route: routeKey(route), status: `${result.statusCode}${typeof body['code'] === 'string' ? ` ${body['code']}` : ''}`, requests });
    if (route.operationId === 'createApplication' && typeof body['id'] === 'string') ids.applicationId = body['id'];
    if (route.operationId === 'requestDocumentUpload' && typeof body['documentId'] === 'string') ids.documentId = body['documentId'];
    if (route.operationId === 'updateApplication') await seedVerifiedResume();
    if (route.operationId === 'submitApplication' && typeof body['version'] === 'number') ids.submittedVersion = body['version'];
  }
  };
  await runPass(false);
  await runPass(true);

  for (const route of unscripted) rows.push({ operationId: route.operationId, route: routeKey(route), status: 'no scenario yet', requests: [] });

  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const table = rows.map((row) => ({
    route: row.route,
    answer: row.status,
    requests: row.requests.length === 0 ? '-' : `${row.requests.length} (${row.requests.map((request) => request.command.replace('Command', '')).join(', ')})`,
    RCU: format(row.requests.reduce((total, request) => total + request.readUnits, 0)),
    WCU: format(row.requests.reduce((total, request) => total + request.writeUnits, 0)),
    'above target because': aboveTarget(row.requests) ? (REASONS[row.operationId] ?? 'NO REASON RECORDED: bring it to target or say why in test/bench/reasons.ts') : '',
  }));
  const widths = Object.keys(table[0] ?? {}).map((key) => Math.max(key.length, ...table.map((row) => String(row[key as keyof typeof row]).length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(`\nDynamoDB per call (DynamoDB Local, ReturnConsumedCapacity=TOTAL, one call each, warm containers)`);
  console.log('Target: reads in one request; writes in one transaction or one conditional write.\n');
  console.log(line(Object.keys(table[0] ?? {})));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of table) console.log(line(Object.values(row)));
  const unreported = rows.flatMap((row) => row.requests).filter((request) => !request.reported);
  console.log(
    unreported.length === 0
      ? '\nEvery request reported its consumed capacity; the units are DynamoDB Local’s own accounting (table and index writes together, transactions doubled), an estimate of what DynamoDB bills, not a measurement of it.'
      : `\n${unreported.length} request(s) came back without ConsumedCapacity (${[...new Set(unreported.map((request) => request.command))].join(', ')}); their units count as 0 above.`,
  );
  console.log(
    '\nCatalogue config (programme settings, season) comes from the per-container cache (shared/applications/catalogue/catalogue-cache.ts): a cold container, and each container once per TTL (60 s), adds one eventually consistent GetItem per programme or season the call reads.',
  );
  console.log('\nLambda bundles (esbuild: ESM, node24, minified, SDK bundled; without source maps)\n');
  for (const capability of CAPABILITIES) console.log(`${capability.padEnd(12)} ${((await bundleBytes(capability)) / 1024).toFixed(0)} KiB`);
} finally {
  await cloud.stop();
}
