import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { handler as certificatesHandler } from '../../../functions/certificates/handler.ts';
import { streamHandler } from '../../../functions/webhook-events/handler.ts';
import { startWebhookEventReader } from '../../../infra/local/streams/webhook-event-reader.ts';
import type { StreamReader } from '../../../infra/local/streams/stream-reader.ts';
import { inProcessInvoker, type LambdaHandler } from '../../../infra/local/step-functions/in-process-lambda.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPlacements } from '../../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import type { Placement } from '../../../shared/internships/placement-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { WebhookEventSink } from '../../../shared/webhooks/ports/webhook-event-sink.ts';
import type { WebhookEvent } from '../../../shared/webhooks/webhook-event-schema.ts';
import { call, openSeason, readyDraft, submit } from '../../support/application-fixtures.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { staffClaims } from '../../support/claims.ts';
import { finished, stored, submittedApplication } from '../../support/transition-support.ts';
import { waitFor } from '../../support/wait-for.ts';
import { requestedCertificate, runIssuer } from '../certificates/certificate-world.ts';
import { answer, approvedOffer, FEDERAL_STAGE, finalist, hostOrganisation, placementSeason } from '../internships/placement-world.ts';
import { finalist as consentingFinalist, releaseWorld, toFederalInternship } from '../releases/release-world.ts';

/**
 * The webhooks' event source end to end on the local cloud: writes made through the use cases
 * (routes, the transition machine, the issuer) reach the table's stream, and the stream reader
 * (the event source mapping's stand-in, with its filter and retries) hands them to the
 * `webhook-events` handler, whose sink here collects what it is given. The table is shared with
 * every other test running, so each test looks for the events of its own records only; the reader
 * starts from the stream's end, as each test's records are written after it.
 */
const collected: WebhookEvent[] = [];
let failNextPublishOf: ((events: readonly WebhookEvent[]) => boolean) | undefined;
const publishCalls: WebhookEvent[][] = [];

const sink: WebhookEventSink = {
  publish: async (events) => {
    publishCalls.push([...events]);
    if (failNextPublishOf?.(events) === true) {
      failNextPublishOf = undefined;
      throw new Error('the fan-out failed once');
    }
    collected.push(...events);
  },
};

let reader: StreamReader | undefined;

beforeAll(async () => {
  const dynamodb = new DynamoDBClient({ endpoint: requireEnv('DYNAMODB_ENDPOINT') });
  try {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: requireEnv(ENV.tableName) }));
    const streamArn = Table?.LatestStreamArn ?? assert.fail('the test table has a stream');
    reader = await startWebhookEventReader(requireEnv('DYNAMODB_ENDPOINT'), streamArn, {
      // The deployed handler's code over this test's sink, across the same JSON boundary Lambda puts between them.
      invoke: inProcessInvoker('webhook-events', async () => streamHandler(() => sink) as LambdaHandler),
      startingPosition: 'LATEST',
    });
  } finally {
    dynamodb.destroy();
  }
});

afterAll(async () => {
  await reader?.stop();
});

/** The events collected for one record (an application, placement, certificate or release id), once `count` are in. */
const eventsOf = (key: string, field: string, count: number): Promise<WebhookEvent[]> =>
  waitFor(
    () => {
      const found = collected.filter((event) => (event.data as Record<string, unknown>)[field] === key);
      return found.length >= count && found;
    },
    { description: `${count} webhook event(s) of ${field} ${key}`, timeoutMs: 30_000 },
  );

const sfn = sfnClient();

describe('webhook events from the table’s stream', () => {
  it('a submission is application.submitted, and a staff decision application.stage-changed', async () => {
    const { applicationId, programmeId, seasonId } = await submittedApplication();
    const [submitted] = await eventsOf(applicationId, 'applicationId', 1);
    const { application } = await stored(applicationId);
    assert.deepEqual(submitted && { ...submitted, id: undefined }, {
      type: 'application.submitted',
      id: undefined,
      occurredAt: application?.['submittedAt'],
      programmeId,
      seasonId,
      data: { applicationId, stage: 'screening', track: (application?.['track'] as { track: string } | undefined)?.track ?? null },
    });

    const started = await call({
      method: 'POST',
      route: '/applications/{applicationId}/transitions',
      pathParameters: { applicationId },
      claims: staffClaims(programmeId),
      body: { to: 'not-selected', reason: 'Не прошёл отбор' },
    });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const execution = await finished(sfn, String(started.body['executionArn']));
    assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
    const [, moved, ...more] = await eventsOf(applicationId, 'applicationId', 2);
    assert.deepEqual(more, []);
    assert.equal(moved?.type, 'application.stage-changed');
    assert.deepEqual(
      { from: (moved!.data as { from: string }).from, to: (moved!.data as { to: string }).to },
      { from: 'screening', to: 'not-selected' },
    );
    // The draft's creation and its edits before submission were no event.
    assert.equal(collected.filter((event) => (event.data as Record<string, unknown>)['applicationId'] === applicationId).length, 2);
  });

  it('an offered placement and the finalist’s acceptance are placement.changed, named for the host', async () => {
    const season = await placementSeason();
    const host = await hostOrganisation(season);
    const offerId = await approvedOffer(season, host, { seats: 1 });
    const who = await finalist(season);
    const at = new Date();
    // The offer as a matching run makes it (the runs are the internships' own tests), then the acceptance through its route.
    const placement: Placement = {
      id: randomUUID(),
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicationId: who.applicationId,
      applicantId: who.applicantId,
      stage: FEDERAL_STAGE,
      offerId,
      hostOrganisation: host.id,
      runId: randomUUID(),
      round: 1,
      choiceRank: 1,
      status: 'offered',
      offeredAt: at.toISOString(),
      respondBy: new Date(at.getTime() + 7 * 24 * 60 * 60 * 1000).toISOString(),
      history: [{ at: at.toISOString(), status: 'offered', by: 'system' }],
      version: 1,
    };
    assert.equal(await new DynamoDbPlacements(documentClient(), requireEnv(ENV.tableName)).offer(placement), 'offered');
    const accepted = await answer(who, { answer: 'accept', version: 1 });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));

    const events = await eventsOf(placement.id, 'placementId', 2);
    assert.deepEqual(
      events.map((event) => [
        event.type,
        'organisationId' in event ? event.organisationId : undefined,
        (event.data as { status: string }).status,
        (event.data as { previousStatus: string | null }).previousStatus,
      ]),
      [
        ['placement.changed', host.id, 'offered', null],
        ['placement.changed', host.id, 'accepted', 'offered'],
      ],
    );
  });

  it('a certificate the issuer issues is certificate.issued, and its revocation by staff certificate.revoked', async () => {
    const { application, certificate } = await requestedCertificate(prokadryTemplate, { last: 'Белова', first: 'Анна' });
    await runIssuer();
    const [issued] = await eventsOf(certificate.id, 'certificateId', 1);
    assert.equal(issued?.type, 'certificate.issued');
    assert.deepEqual(issued?.data, {
      certificateId: certificate.id,
      applicationId: application.id,
      achievementId: certificate.achievement.id,
    });

    const done = await waitFor(
      async () => {
        const check = await invokeHandler(certificatesHandler, {
          method: 'GET',
          route: '/seasons/{seasonId}/certificates',
          pathParameters: { seasonId: application.seasonId },
          claims: staffClaims(application.programmeId),
        });
        return (check.body['items'] as { id: string; version: number }[] | undefined)?.find((item) => item.id === certificate.id);
      },
      { description: 'the issued certificate in the season’s list' },
    );
    const revoked = await invokeHandler(certificatesHandler, {
      method: 'POST',
      route: '/certificates/{certificateId}/revocation',
      pathParameters: { certificateId: certificate.id },
      claims: staffClaims(application.programmeId),
      body: { reason: 'Выдан по ошибке', version: done.version },
    });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    const [, revocation] = await eventsOf(certificate.id, 'certificateId', 2);
    assert.equal(revocation?.type, 'certificate.revoked');
    assert.equal(revocation?.occurredAt, (revoked.body['revocation'] as { at: string }).at);
    assert.notEqual(revocation?.id, issued?.id);
    // Nothing of the holder rides along.
    assert.ok(!JSON.stringify([issued, revocation]).includes('Белова'));
  });

  it('a finalist’s move to the federal internship releases their data: release.available, named for the region’s body', async () => {
    const world = await releaseWorld();
    const intern = await consentingFinalist(world, ['name', 'contacts.email']);
    await toFederalInternship(world, intern.application.id);
    const events = await waitFor(
      () => {
        const found = collected.filter((event) => (event.data as Record<string, unknown>)['applicationId'] === intern.application.id);
        return found.length >= 2 && found;
      },
      { description: 'the move’s and the release’s events', timeoutMs: 30_000 },
    );
    const types = events.map((event) => event.type).sort();
    assert.deepEqual(types, ['application.stage-changed', 'release.available']);
    const release = events.find((event) => event.type === 'release.available');
    assert.ok(release !== undefined && release.type === 'release.available');
    assert.equal(release.organisationId, world.body.id);
    assert.deepEqual(Object.keys(release.data).sort(), ['applicationId', 'releaseId']);
    assert.ok(!JSON.stringify(release).includes('plant.email@example.org'), 'no released field travels with the event');
  });

  it('a batch whose hand-over failed is handed over again, and its events arrive once', async () => {
    const season = await openSeason();
    failNextPublishOf = (events) => events.some((event) => event.seasonId === season.seasonId);
    const { applicant, applicationId } = await readyDraft(season);
    assert.equal((await submit(applicationId, applicant.claims, randomUUID())).status, 200);
    const [submitted, ...more] = await eventsOf(applicationId, 'applicationId', 1);
    assert.equal(submitted?.type, 'application.submitted');
    assert.deepEqual(more, []);
    const handedOver = publishCalls.filter((events) => events.some((event) => event.id === submitted?.id));
    assert.equal(handedOver.length, 2, 'refused once, then taken');
  });
});
