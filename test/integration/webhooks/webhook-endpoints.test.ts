import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { registerOrganisation, retireOrganisation } from '../../support/partner-organisations.ts';
import {
  call,
  deliveryLog,
  endpointCall,
  newWorld,
  partnerOf,
  placementChanged,
  register,
  registered,
  releaseAvailable,
  sink,
  staffOf,
  submitted,
} from './webhooks-world.ts';

const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;
const url = 'https://hooks.example.org/cadre';

describe('webhook endpoints: who registers what, and who sees them', () => {
  it('staff of the programme register for any event type and get the secret once; reads never show it', async () => {
    const world = await newWorld();
    const answer = await register(world.programmeId, world.staff, { url, eventTypes: ['application.submitted', 'certificate.issued'] });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.match(String(answer.body['secret']), SECRET);
    const endpoint = answer.body['endpoint'] as Record<string, unknown>;
    assert.equal(endpoint['organisationId'], null);
    assert.equal(endpoint['status'], 'active');
    const read = await endpointCall('GET', '', String(endpoint['id']), world.staff);
    assert.equal(read.status, 200);
    assert.ok(!JSON.stringify(read.body).includes('whsec_'), 'no secret in a read');
    const listed = await call({
      method: 'GET',
      route: '/programmes/{programmeId}/webhook-endpoints',
      pathParameters: { programmeId: world.programmeId },
      claims: world.staff,
    });
    assert.ok(!JSON.stringify(listed.body).includes('whsec_'));
    assert.deepEqual(
      (listed.body['items'] as Record<string, unknown>[]).map((item) => item['id']),
      [endpoint['id']],
    );
  });

  it('refuses URLs that are not https on a public address', async () => {
    const world = await newWorld();
    for (const [bad, reason] of [
      ['http://hooks.example.org/cadre', 'not-https'],
      ['https://10.0.0.8/hook', 'private-address'],
      ['https://169.254.169.254/latest/meta-data', 'private-address'],
      ['https://[fd00:ec2::254]/', 'private-address'],
      ['https://[::ffff:127.0.0.1]/', 'private-address'],
      ['https://0xa000001/', 'private-address'],
      ['https://localhost/hook', 'internal-host-name'],
      ['https://metadata.google.internal/', 'internal-host-name'],
      ['https://user:pass@hooks.example.org/', 'credentials-in-url'],
      ['ftp://hooks.example.org/', undefined],
    ] as const) {
      const answer = await register(world.programmeId, world.staff, { url: bad, eventTypes: ['application.submitted'] });
      assert.ok(answer.status === 422 || answer.status === 400, `${bad}: ${answer.status}`);
      if (reason !== undefined) {
        assert.equal(answer.body['code'], 'webhook-url-refused', bad);
        assert.equal((answer.body['errors'] as { code: string }[])[0]?.code, reason, bad);
      }
    }
  });

  it('a partner registers only for its own organisation’s event types, and sees only its own endpoints', async () => {
    const world = await newWorld();
    const refused = await register(world.programmeId, world.partner, { url, eventTypes: ['placement.changed', 'application.submitted'] });
    assert.equal(refused.status, 422);
    assert.equal(refused.body['code'], 'event-type-not-for-partners');
    const own = await registered(world.programmeId, world.partner, { url, eventTypes: ['placement.changed', 'release.available'] });
    const staffs = await registered(world.programmeId, world.staff, { url, eventTypes: ['application.submitted'] });
    const other = await registerOrganisation();
    const otherPartner = partnerOf(other.id);
    const others = await registered(world.programmeId, otherPartner, { url, eventTypes: ['placement.changed'] });

    const listOf = async (claims: Record<string, string>) =>
      (
        (
          await call({
            method: 'GET',
            route: '/programmes/{programmeId}/webhook-endpoints',
            pathParameters: { programmeId: world.programmeId },
            claims,
          })
        ).body['items'] as Record<string, unknown>[]
      )
        .map((item) => item['id'])
        .sort();
    assert.deepEqual(await listOf(world.partner), [own.endpointId]);
    assert.deepEqual(await listOf(otherPartner), [others.endpointId]);
    assert.deepEqual(await listOf(world.staff), [own.endpointId, staffs.endpointId, others.endpointId].sort());

    // Another organisation's person, staff of another programme: the 404 of a missing endpoint, on every route.
    for (const [stranger, endpointId] of [
      [otherPartner, own.endpointId],
      [world.partner, staffs.endpointId],
      [staffOf('another-programme'), own.endpointId],
    ] as const) {
      assert.equal((await endpointCall('GET', '', endpointId, stranger)).status, 404);
      assert.equal((await endpointCall('POST', '/secret-rotations', endpointId, stranger)).status, 404);
      assert.equal((await endpointCall('GET', '/deliveries', endpointId, stranger)).status, 404);
      assert.equal((await endpointCall('DELETE', '', endpointId, stranger, { query: { version: '1' } })).status, 404);
    }
    // Staff of the programme manage a partner's endpoint too.
    assert.equal((await endpointCall('GET', '', own.endpointId, world.staff)).status, 200);
    // Staff of another programme cannot register for this one, nor list it.
    assert.equal(
      (await register(world.programmeId, staffOf('another-programme'), { url, eventTypes: ['application.submitted'] })).status,
      404,
    );
    assert.equal(
      (await register(`missing-${randomUUID().slice(0, 8)}`, staffOf('*'), { url, eventTypes: ['application.submitted'] })).status,
      404,
    );
    // An applicant is no subscriber.
    assert.equal(
      (
        await register(
          world.programmeId,
          { sub: randomUUID(), 'cognito:groups': '[applicant]' },
          { url, eventTypes: ['application.submitted'] },
        )
      ).status,
      403,
    );
  });

  it('a partner whose organisation the registry retired manages nothing any more', async () => {
    const world = await newWorld();
    const organisation = await registerOrganisation();
    const partner = partnerOf(organisation.id);
    const { endpointId } = await registered(world.programmeId, partner, { url, eventTypes: ['release.available'] });
    await retireOrganisation(organisation);
    const answer = await endpointCall('GET', '', endpointId, partner);
    assert.equal(answer.status, 403);
    assert.equal(answer.body['code'], 'organisation-retired');
  });

  it('a replacement needs the version read; a rotation answers a new secret; a removal takes the version', async () => {
    const world = await newWorld();
    const { endpointId, secret } = await registered(world.programmeId, world.staff, { url, eventTypes: ['application.submitted'] });
    const replaced = await endpointCall('PUT', '', endpointId, world.staff, {
      body: { url: `${url}/v2`, eventTypes: ['application.stage-changed'], description: 'CRM', language: 'en', version: 1 },
    });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.equal(replaced.body['version'], 2);
    assert.equal(replaced.body['description'], 'CRM');
    const stale = await endpointCall('PUT', '', endpointId, world.staff, {
      body: { url, eventTypes: ['application.submitted'], version: 1 },
    });
    assert.equal(stale.status, 409);
    const rotated = await endpointCall('POST', '/secret-rotations', endpointId, world.staff);
    assert.equal(rotated.status, 201);
    assert.match(String(rotated.body['secret']), SECRET);
    assert.notEqual(rotated.body['secret'], secret);
    assert.equal((await endpointCall('DELETE', '', endpointId, world.staff, { query: { version: '2' } })).status, 409);
    assert.equal((await endpointCall('DELETE', '', endpointId, world.staff, { query: { version: '3' } })).status, 204);
    assert.equal((await endpointCall('GET', '', endpointId, world.staff)).status, 404);
  });

  it('resuming an endpoint that is not paused is refused', async () => {
    const world = await newWorld();
    const { endpointId } = await registered(world.programmeId, world.staff, { url, eventTypes: ['application.submitted'] });
    const answer = await endpointCall('POST', '/resume', endpointId, world.staff);
    assert.equal(answer.status, 409);
    assert.equal(answer.body['code'], 'endpoint-not-paused');
  });

  it('at most ten endpoints per owner and programme', async () => {
    const world = await newWorld();
    for (let index = 0; index < 10; index += 1)
      await registered(world.programmeId, world.partner, { url, eventTypes: ['release.available'] });
    const answer = await register(world.programmeId, world.partner, { url, eventTypes: ['release.available'] });
    assert.equal(answer.status, 409);
    assert.equal(answer.body['code'], 'too-many-webhook-endpoints');
    // Staff's own allowance is separate.
    assert.equal((await register(world.programmeId, world.staff, { url, eventTypes: ['release.available'] })).status, 201);
  });
});

describe('the fan-out: who hears which event', () => {
  it('a partner’s endpoint hears only its own organisation’s events, never an application’s; staff hear what they subscribed to; once per event', async () => {
    const world = await newWorld();
    const other = await registerOrganisation();
    const a = await registered(world.programmeId, world.partner, { url, eventTypes: ['placement.changed', 'release.available'] });
    const b = await registered(world.programmeId, partnerOf(other.id), { url, eventTypes: ['placement.changed'] });
    const staff = await registered(world.programmeId, world.staff, {
      url,
      eventTypes: ['application.submitted', 'placement.changed', 'release.available'],
    });
    const onlyStaffs = await registered(world.programmeId, world.staff, { url, eventTypes: ['certificate.issued'] });
    const elsewhere = await newWorld();
    const foreign = await registered(elsewhere.programmeId, elsewhere.staff, { url, eventTypes: ['application.submitted'] });

    const application = submitted(world);
    const placementA = placementChanged(world, world.organisationId);
    const placementB = placementChanged(world, other.id);
    const release = releaseAvailable(world, world.organisationId);
    const events = [application, placementA, placementB, release];
    await sink().publish(events);
    // A stream batch handed over again queues nothing twice.
    await sink().publish(events);

    const heard = async (endpointId: string) => (await deliveryLog(endpointId, world.staff)).map((delivery) => delivery['id']).sort();
    assert.deepEqual(await heard(a.endpointId), [placementA.id, release.id].sort());
    assert.deepEqual(await heard(b.endpointId), [placementB.id]);
    assert.deepEqual(await heard(staff.endpointId), [application.id, placementA.id, placementB.id, release.id].sort());
    assert.deepEqual(await heard(onlyStaffs.endpointId), []);
    assert.deepEqual((await deliveryLog(foreign.endpointId, elsewhere.staff)).length, 0);
  });

  it('a partner’s endpoint stops hearing once the registry retires its organisation; staff’s go on', async () => {
    const world = await newWorld();
    const organisation = await registerOrganisation();
    const partner = await registered(world.programmeId, partnerOf(organisation.id), { url, eventTypes: ['placement.changed'] });
    const staff = await registered(world.programmeId, world.staff, { url, eventTypes: ['placement.changed'] });
    const before = placementChanged(world, organisation.id);
    await sink().publish([before]);
    await retireOrganisation(organisation);
    const after = placementChanged(world, organisation.id);
    // A fresh fan-out, as a container whose registry cache has run out reads it.
    await sink().publish([after]);
    const heard = async (endpointId: string) => (await deliveryLog(endpointId, world.staff)).map((delivery) => delivery['id']).sort();
    assert.deepEqual(await heard(partner.endpointId), [before.id]);
    assert.deepEqual(await heard(staff.endpointId), [before.id, after.id].sort());
  });

  it('the delivery log pages newest first across its shards, whatever the page size', async () => {
    const world = await newWorld();
    const { endpointId } = await registered(world.programmeId, world.staff, { url, eventTypes: ['application.submitted'] });
    const other = await registered(world.programmeId, world.staff, { url, eventTypes: ['application.submitted'] });
    const start = Date.now();
    const events = Array.from({ length: 11 }, (_, index) => submitted(world, new Date(start + index * 1000)));
    for (const [index, event] of events.entries()) await sink(() => new Date(start + index * 1000)).publish([event]);
    const pages = async (limit: number, endpoint = endpointId): Promise<{ ids: unknown[]; lastCursor: string | undefined }> => {
      const ids: unknown[] = [];
      let cursor: string | undefined;
      let lastCursor: string | undefined;
      do {
        const page = await endpointCall('GET', '/deliveries', endpoint, world.staff, {
          query: { limit: String(limit), ...(cursor === undefined ? {} : { cursor }) },
        });
        assert.equal(page.status, 200, JSON.stringify(page.body));
        const items = page.body['items'] as Record<string, unknown>[];
        assert.ok(items.length <= limit);
        ids.push(...items.map((item) => item['id']));
        lastCursor = cursor ?? lastCursor;
        cursor = page.body['nextCursor'] as string | undefined;
      } while (cursor !== undefined);
      return { ids, lastCursor };
    };
    const newestFirst = events.map((event) => event.id).reverse();
    for (const limit of [1, 2, 3, 100]) assert.deepEqual((await pages(limit)).ids, newestFirst, `pages of ${limit}`);
    // A cursor is bound to its endpoint's log; a forged one is refused before it reaches DynamoDB.
    const { lastCursor } = await pages(2);
    assert.ok(lastCursor !== undefined);
    const elsewhere = await endpointCall('GET', '/deliveries', other.endpointId, world.staff, { query: { cursor: lastCursor } });
    assert.equal(elsewhere.status, 400);
    const forged = await endpointCall('GET', '/deliveries', endpointId, world.staff, { query: { cursor: 'eyJwayI6IngifQ' } });
    assert.equal(forged.status, 400);
  });

  it('a test delivery is queued and shown in the log, with its body', async () => {
    const world = await newWorld();
    const { endpointId } = await registered(world.programmeId, world.partner, { url, eventTypes: ['release.available'] });
    const answer = await endpointCall('POST', '/test-deliveries', endpointId, world.partner);
    assert.equal(answer.status, 202, JSON.stringify(answer.body));
    assert.equal(answer.body['eventType'], 'webhook.test');
    assert.equal(JSON.parse(String(answer.body['payload']))['type'], 'webhook.test');
    const read = await endpointCall('GET', `/deliveries/{deliveryId}`, endpointId, world.partner, {
      pathParameters: { deliveryId: String(answer.body['id']) },
    });
    assert.equal(read.status, 200, JSON.stringify(read.body));
    const missing = await endpointCall('GET', `/deliveries/{deliveryId}`, endpointId, world.partner, {
      pathParameters: { deliveryId: randomUUID() },
    });
    assert.equal(missing.status, 404);
  });
});
