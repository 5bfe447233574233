import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbDocumentRepository } from '../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { DynamoDbTransitionFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-transition-failure-repository.ts';
import { routeKey, type Capability } from '../../shared/platform/http/route.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { apiEvent, lambdaContext } from '../support/api-event.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { storeConsent } from '../support/consent-items.ts';
import { drainWiring } from '../../functions/mail/wiring.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { mailRef } from '../../shared/mail/domain/mail-ref.ts';
import { drainMailQueue } from '../../shared/mail/use-cases/drain-mail-queue.ts';
import { kadryBudushchegoTemplate } from '../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from '../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';

/** The bench's refused mail goes through a queue of its own, so the drain sees nothing else. */
const BENCH_QUEUE = 'bench-refused';
import { waitFor } from '../support/wait-for.ts';
import { sentBy, type MeteredRequest } from './capacity-meter.ts';
import { aboveTarget, REASONS } from './reasons.ts';
import { seedPlacementPeople } from './placement-bench-seeds.ts';
import { seedHeldInterview, seedInterviewPeople } from './interview-bench-seeds.ts';
import { seedInternshipPeople } from './internship-bench-seeds.ts';
import { seedRelease } from './release-bench-seeds.ts';
import { storedMail } from '../support/stored-mail.ts';
import { menteeReaches, seedHandPairing, seedIdleMentor, seedLetterRequest, seedMentoringPeople } from './mentoring-bench-seeds.ts';
import { seedIssuedCertificate, storedCertificateVersion } from './certificate-bench-seeds.ts';
import { BENCH_EXPERT, newApplicantClaims, SCENARIOS, type BenchIds } from './scenarios.ts';

export type Handler = typeof import('../../functions/applications/handler.ts')['handler'];

interface Row {
  readonly operationId: string;
  readonly route: string;
  readonly status: string;
  readonly requests: readonly MeteredRequest[];
  /** Set for the work of an execution a route started (not the route's own, so never above target). */
  readonly execution?: boolean;
}

/** The state machine name inside an execution ARN (`arn:aws:states:<region>:<account>:execution:<machine>:<name>`). */
const machineOf = (executionArn: string): string => executionArn.split(':')[6] ?? 'execution';

/** A mail of the season that SES refused: queued, then drained by a drainer whose mailer refuses it. Returns its ref. */
const seedUndeliverableMail = async (seasonId: string): Promise<string> => {
  const mailId = `bench-refused#${randomUUID()}`;
  await new DynamoDbMailQueue(documentClient(), requireEnv(ENV.tableName), BENCH_QUEUE).enqueue(
    { id: mailId, seasonId, mail: { to: ['refused@example.org'], subject: 'Bench', text: 'text', html: '<p>html</p>' } },
    new Date(),
  );
  const refusing = {
    ...drainWiring(BENCH_QUEUE),
    mailer: { send: () => Promise.reject(new Error('SES refused the mail: MessageRejected')) },
  };
  const drained = await drainMailQueue(refusing, { ratePerSecond: 100, budgetMs: 10_000, holder: 'bench' });
  if (drained.failed !== 1) throw new Error(`The bench's refused mail was not marked undeliverable: ${JSON.stringify(drained)}`);
  return mailRef(mailId);
};

/**
 * A Кадры будущего season with three pupils and a mentor at the regional school, for the team routes;
 * each with a profile, whose address saving the team records among the others' relations.
 */
const seedTeamPeople = async (client: DynamoDBDocumentClient, tableName: string) => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template: kadryBudushchegoTemplate, prefix: 'bench-teams' });
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const profiles = new DynamoDbProfileRepository(client, tableName);
  const at = new Date().toISOString();
  const person = async (participantRole: string): Promise<string> => {
    const id = randomUUID();
    const applicantId = randomUUID();
    await storeConsent(client, tableName, applicantId, at);
    const { version: _version, ...profile } = { ...baseProfile(), contacts: { email: `${applicantId}@example.org` } };
    await profiles.save(applicantId, profile, 0, at);
    await applications.create(
      {
        id,
        seasonId,
        programmeId,
        applicantId,
        stage: 'regional-school',
        participantRole,
        answers: {},
        language: 'ru',
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        version: 3,
      },
      { at, version: 3, kind: 'stage-changed', actor: 'staff:bench', fromStage: 'selection', toStage: 'regional-school' },
    );
    return id;
  };
  const [members, mentor] = await Promise.all([Promise.all(['pupil', 'pupil', 'tutor'].map(person)), person('mentor')]);
  return { seasonId, staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId }, members, mentor };
};

/** An Объединение наставников season with two applications at the expert evaluation, for the review routes. */
const seedReviewPeople = async (client: DynamoDBDocumentClient, tableName: string) => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, {
    template: obedinenieNastavnikovTemplate,
    prefix: 'bench-reviews',
  });
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const at = new Date().toISOString();
  const application = async (): Promise<string> => {
    const id = randomUUID();
    const applicantId = randomUUID();
    await storeConsent(client, tableName, applicantId, at);
    await applications.create(
      {
        id,
        seasonId,
        programmeId,
        applicantId,
        stage: 'expert-evaluation',
        projectDescription: 'Наставничество для школьников малых городов: проектные сессии и стажировки.',
        answers: {},
        language: 'ru',
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        version: 3,
      },
      { at, version: 3, kind: 'stage-changed', actor: 'staff:bench', fromStage: 'application', toStage: 'expert-evaluation' },
    );
    return id;
  };
  const [applicationId, secondApplicationId] = await Promise.all([application(), application()]);
  return {
    seasonId,
    staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    applicationId,
    secondApplicationId,
    rubricId: 'project-evaluation',
  };
};

/** A second assignment of the bench's expert, written through the store, so withdrawing one is measured on an unsubmitted review. */
const seedSecondAssignment = async (client: DynamoDBDocumentClient, tableName: string, reviews: BenchIds['reviews'], expertId: string) => {
  const at = new Date().toISOString();
  const outcome = await new DynamoDbReviewStore(client, tableName).assign({
    applicationId: reviews.secondApplicationId,
    seasonId: reviews.seasonId,
    programmeId: reviews.staff['custom:programmes'] ?? '',
    rubricId: reviews.rubricId,
    stage: 'expert-evaluation',
    expertId,
    status: 'assigned',
    scores: {},
    documents: ['project-description'],
    assignedBy: 'staff-bench',
    assignedAt: at,
    updatedAt: at,
    version: 1,
  });
  if (outcome !== 'assigned') throw new Error(`The bench's second assignment was refused: ${outcome}`);
};

/**
 * What each route of `capabilities` costs in DynamoDB, one realistic call each (scenarios.ts) on a
 * fresh ПроКадры season, for a new applicant, through the real Lambda handlers; a route with no
 * scenario stops the bench before anything is measured. A route that
 * starts an execution is measured alone; the execution is awaited and its work printed on the row
 * below, so it is never counted against the next route.
 */
export const benchRoutes = async ({
  client,
  tableName,
  meter,
  sfn,
  handlers,
  capabilities,
}: {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly meter: { readonly take: () => MeteredRequest[] };
  readonly sfn: SFNClient;
  readonly handlers: Readonly<Record<string, Handler>>;
  readonly capabilities: readonly Capability[];
}): Promise<void> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, {
    prefix: 'bench',
    season: {
      questions: [{ id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } }],
    },
  });
  const documents = new DynamoDbDocumentRepository(client, tableName);
  const failures = new DynamoDbTransitionFailureRepository(client, tableName);
  const rows: Row[] = [];
  const routes = ROUTES.filter((candidate) => capabilities.includes(candidate.capability));
  const unscripted = routes.filter((route) => !SCENARIOS.some((scenario) => scenario.operationId === route.operationId));
  if (unscripted.length > 0)
    throw new Error(`No scenario in test/bench/scenarios.ts for ${unscripted.map((route) => route.operationId).join(', ')}`);

  /**
   * One pass of every scenario for a new applicant. The first pass warms the containers (the
   * catalogue cache, the SDK clients), as every call but a container's first finds them; only the
   * second is metered and printed.
   */
  const runPass = async (metered: boolean) => {
    const applicant = newApplicantClaims();
    const staffSub = 'staff-bench';
    const ids: BenchIds = {
      seasonId,
      programmeId,
      applicant,
      staff: { sub: staffSub, 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
      applicationId: randomUUID(),
      documentId: randomUUID(),
      submittedVersion: 0,
      failureId: `bench-failure-${randomUUID().slice(0, 8)}`,
      gateRunId: randomUUID(),
      reviewAssignmentRunId: randomUUID(),
      catalogue: {
        programmeId: `bench-catalogue-${randomUUID().slice(0, 8)}`,
        seasonId: `bench-catalogue-${randomUUID().slice(0, 8)}-season`,
        staff: { sub: 'staff-bench-catalogue', 'cognito:groups': '[staff]', 'custom:programmes': '*' },
      },
      coursesVersion: 0,
      mailRef: '',
      teams: { seasonId: '', staff: {}, members: [], mentor: '', teamId: `team-${randomUUID().slice(0, 8)}` },
      reviews: { seasonId: '', staff: {}, applicationId: '', secondApplicationId: '', rubricId: '' },
      interviews: { seasonId: '', staff: {}, applicant: {}, applicationId: '', secondApplicationId: '', eventId: '', emptyEventId: '' },
      partnerOrganisationId: `bench-partner-${randomUUID().slice(0, 8)}`,
      internships: { seasonId: '', staff: {}, host: {}, hostOrganisation: '', applicant: {}, applicationId: '', offerId: '' },
      placements: { seasonId: '', staff: {}, applicant: {}, applicationId: '', host: {}, runId: '', placementId: '' },
      releases: {
        applicationId: randomUUID(),
        releaseId: randomUUID(),
        applicant: newApplicantClaims(),
        clientId: 'bench-portal',
        exportId: randomUUID(),
        exportKey: 'A'.repeat(43),
      },
      mentoring: {
        seasonId: '',
        programmeId: '',
        staff: {},
        mentor: {},
        mentee: {},
        applicationId: '',
        pairId: '',
        secondApplicationId: '',
        handApplicationId: '',
        handMentorId: '',
        idleMentorId: '',
      },
      certificates: { seasonId: '', staff: {}, holder: {}, certificateId: '', version: 0 },
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
        objectKey: `uploads/${ids.applicationId}/${ids.documentId}/resume.pdf`,
        uploadExpiresAt: now,
        declaredSize: 200_000,
        limits: { maxBytes: 10 * 1024 * 1024 },
        size: 200_000,
        status: 'verified',
        createdAt: now,
        updatedAt: now,
        verifiedAt: now,
        verifiedObject: { key: `verified/${ids.applicationId}/${ids.documentId}/${randomUUID()}/resume.pdf` },
        version: 1,
      });
    };
    /** What RecordFailure writes when a transition's effects fail after their retries: here, the move to education just made. */
    const seedTransitionFailure = () =>
      failures.record({
        id: ids.failureId,
        applicationId: ids.applicationId,
        programmeId,
        seasonId,
        request: { applicationId: ids.applicationId, from: 'screening', to: 'education', actor: 'staff', actorId: staffSub },
        error: 'TransientError',
        cause: 'seeded by npm run bench',
        at: new Date().toISOString(),
        status: 'open',
      });

    for (const scenario of SCENARIOS) {
      const route = routes.find((candidate) => candidate.operationId === scenario.operationId);
      const handler = route === undefined ? undefined : handlers[route.capability];
      if (route === undefined || handler === undefined) continue;
      if (route.operationId === 'getDocumentDownloadLink') await seedVerifiedResume();
      if (route.operationId === 'retryTransitionFailure') await seedTransitionFailure();
      if (route.operationId === 'retryUndeliverableMail') ids.mailRef = await seedUndeliverableMail(seasonId);
      if (route.operationId === 'putTeam') ids.teams = { ...(await seedTeamPeople(client, tableName)), teamId: ids.teams.teamId };
      if (route.operationId === 'placeExpertInPool') ids.reviews = await seedReviewPeople(client, tableName);
      if (route.operationId === 'unassignReviewer') await seedSecondAssignment(client, tableName, ids.reviews, BENCH_EXPERT);
      if (route.operationId === 'saveInterviewEvent') ids.interviews = await seedInterviewPeople(client, tableName);
      if (route.operationId === 'recordInterviewAttendance') await seedHeldInterview(client, tableName, ids.interviews);
      if (route.operationId === 'saveInternshipOffer') ids.internships = await seedInternshipPeople(client, tableName);
      if (route.operationId === 'startInternshipMatchingRun') ids.placements = await seedPlacementPeople(client, tableName);
      if (route.operationId === 'saveMachineClient') ids.releases = await seedRelease(client, tableName, ids);
      if (route.operationId === 'saveMyMentorProfile') ids.mentoring = await seedMentoringPeople(client, tableName);
      if (route.operationId === 'pairMentee') ids.mentoring = await seedHandPairing(client, tableName, ids.mentoring);
      // The mentor's and the mentee's moves run in executions of their own: the next step waits for each to land.
      if (route.operationId === 'respondToMentoringInvitation')
        await menteeReaches(client, tableName, ids.mentoring.applicationId, 'invitation');
      if (route.operationId === 'completeMentoring')
        await menteeReaches(client, tableName, ids.mentoring.applicationId, 'mentoring-session');
      if (route.operationId === 'saveRecommendationLetter') {
        await menteeReaches(client, tableName, ids.mentoring.applicationId, 'summing-up');
        await seedLetterRequest(client, tableName, ids.mentoring);
      }
      if (route.operationId === 'removeMentorFromPool') ids.mentoring = await seedIdleMentor(client, tableName, ids.mentoring);
      if (route.operationId === 'listMyCertificates') ids.certificates = await seedIssuedCertificate(client, tableName);
      if (route.operationId === 'revokeCertificate')
        ids.certificates.version = await storedCertificateVersion(ids.certificates.certificateId);
      meter.take();
      const result = await sentBy('route', () => handler(apiEvent(scenario.request(ids)), lambdaContext()));
      const taken = meter.take();
      const requests = taken.filter((request) => request.origin === 'route');
      const startedWork = taken.filter((request) => request.origin !== 'route');
      const json = /json/.test(String(result.headers?.['content-type'] ?? result.headers?.['Content-Type'] ?? ''));
      const body =
        json && typeof result.body === 'string' && result.body.length > 0 ? (JSON.parse(result.body) as Record<string, unknown>) : {};
      if (metered)
        rows.push({
          operationId: route.operationId,
          route: routeKey(route),
          status: `${result.statusCode}${typeof body['code'] === 'string' ? ` ${body['code']}` : ''}`,
          requests,
        });
      // Before the execution is looked for: a run's answer names the run, and its execution is named after it.
      if (route.operationId === 'startReviewAssignmentRun' && typeof body['id'] === 'string') ids.reviewAssignmentRunId = body['id'];
      if (route.operationId === 'startScoreExport' && typeof body['exportId'] === 'string') ids.scoreExportId = body['exportId'];
      if (route.operationId === 'startCounterRebuild' && typeof body['runId'] === 'string') ids.counterRebuildId = body['runId'];
      if (route.operationId === 'requestMyErasure' && typeof body['id'] === 'string') ids.erasureRequestId = body['id'];
      if (route.operationId === 'requestApplicantErasure' && typeof body['id'] === 'string') ids.staffErasureRequestId = body['id'];
      if (route.operationId === 'registerWebhookEndpoint' && typeof body['endpoint'] === 'object' && body['endpoint'] !== null)
        ids.webhookEndpointId = String((body['endpoint'] as Record<string, unknown>)['id']);
      if (route.operationId === 'sendTestWebhookDelivery' && typeof body['id'] === 'string') ids.webhookDeliveryId = body['id'];
      if (route.operationId === 'startInternshipMatchingRun' && typeof body['id'] === 'string') ids.placements.runId = body['id'];
      if (route.operationId === 'getMyPlacement' && typeof body['id'] === 'string') ids.placements.placementId = body['id'];
      const started = typeof body['executionArn'] === 'string' ? body['executionArn'] : scenario.startsExecution?.(ids);
      if (started !== undefined && result.statusCode !== undefined && result.statusCode < 300) {
        const executionArn = started;
        const ended = await waitFor(
          async () => {
            const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
            return status === 'RUNNING' ? undefined : status;
          },
          { timeoutMs: 60_000, description: `the execution ${route.operationId} started to end` },
        );
        const work = [...startedWork, ...meter.take()];
        if (metered)
          rows.push({
            operationId: route.operationId,
            route: `  └ its ${machineOf(executionArn)} execution`,
            status: String(ended),
            requests: work,
            execution: true,
          });
      }
      if (route.operationId === 'createApplication' && typeof body['id'] === 'string') ids.applicationId = body['id'];
      if (route.operationId === 'requestDocumentUpload' && typeof body['documentId'] === 'string') ids.documentId = body['documentId'];
      if (route.operationId === 'updateApplication') await seedVerifiedResume();
      if (route.operationId === 'submitApplication' && typeof body['version'] === 'number') ids.submittedVersion = body['version'];
      if (route.operationId === 'startGate' && typeof body['gateRunId'] === 'string') ids.gateRunId = body['gateRunId'];
      if (route.operationId === 'getSeasonCourses' && typeof body['version'] === 'number') ids.coursesVersion = body['version'];
      if (route.operationId === 'startReleaseExport' && typeof body['id'] === 'string') {
        // The mailed link's key, as the organisation's contact reads it.
        const mail = await storedMail(`release-export#${body['id']}#0`);
        const key = /file\?key=([A-Za-z0-9_-]{43})/.exec(String(mail?.['text'] ?? ''))?.[1];
        ids.releases = { ...ids.releases, exportId: body['id'], exportKey: key ?? ids.releases.exportKey };
      }
    }
  };
  await runPass(false);
  await runPass(true);

  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const commands = (requests: readonly MeteredRequest[]) => {
    const counts = new Map<string, number>();
    for (const request of requests)
      counts.set(request.command.replace('Command', ''), (counts.get(request.command.replace('Command', '')) ?? 0) + 1);
    return [...counts].map(([command, count]) => (count === 1 ? command : `${count}× ${command}`)).join(', ');
  };
  const table = rows.map((row) => ({
    route: row.route,
    answer: row.status,
    requests: row.requests.length === 0 ? '-' : `${row.requests.length} (${commands(row.requests)})`,
    RCU: format(row.requests.reduce((total, request) => total + request.readUnits, 0)),
    WCU: format(row.requests.reduce((total, request) => total + request.writeUnits, 0)),
    'above target because':
      row.execution !== true && aboveTarget(row.requests)
        ? (REASONS[row.operationId] ?? 'NO REASON RECORDED: bring it to target or say why in test/bench/reasons.ts')
        : '',
  }));
  const widths = Object.keys(table[0] ?? {}).map((key) =>
    Math.max(key.length, ...table.map((row) => String(row[key as keyof typeof row]).length)),
  );
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(`\nDynamoDB per call (DynamoDB Local, ReturnConsumedCapacity=TOTAL, one call each, warm containers)`);
  console.log(
    'Target: reads in one request; writes in one transaction or one conditional write. A route that starts an execution is followed by that execution’s own work (└).\n',
  );
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
    '\nCatalogue config (programme settings, season) comes from the per-container cache (shared/catalogue/ports/catalogue-cache.ts): a cold container, and each container once per TTL (60 s), adds one eventually consistent GetItem per programme or season the call reads.',
  );
};
