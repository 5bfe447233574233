import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { waitFor } from '../support/wait-for.ts';
import { isProcessAlive, spawnLocalCloud, type LocalCloudProcess } from './local-cloud-process.ts';

/**
 * `npm start` end to end: the local cloud as its own process (ephemeral: in-memory database,
 * free ports), driven only over HTTP like any client, then stopped with Ctrl-C (SIGINT).
 */
let cloud: LocalCloudProcess;

const api = (path: string, init: RequestInit & { token?: string } = {}) => {
  const { token, headers, ...rest } = init;
  return fetch(`${cloud.ready.api}${path}`, {
    ...rest,
    headers: {
      ...(rest.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(headers as Record<string, string> | undefined),
    },
  });
};

const json = async <T>(response: Response, status: number): Promise<T> => {
  const body = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${body}`);
  return JSON.parse(body) as T;
};

const tokenFor = async (role: string): Promise<string> =>
  (await json<{ token: string }>(await api('/local/token', { method: 'POST', body: JSON.stringify({ role }) }), 200)).token;

interface Programme {
  readonly id: string;
  readonly version: number;
  readonly settings: { readonly pipeline: { readonly stages: readonly { readonly id: string; readonly initial?: boolean }[] } } & Record<
    string,
    unknown
  >;
}

beforeAll(async () => {
  // The demo applicants are test/e2e/demo-data.e2e.test.ts's; their mails would queue ahead of the announcement awaited below.
  cloud = await spawnLocalCloud(['--ephemeral', '--no-demo-applicants']);
});

afterAll(async () => {
  // Whatever happened above, leave no process behind.
  if (cloud.child.exitCode === null && cloud.child.signalCode === null) {
    cloud.child.kill('SIGINT');
    await cloud.exited;
  }
});

describe('the local cloud, end to end', { timeout: 180_000 }, () => {
  it('serves the OpenAPI document and the docs page', async () => {
    const document = await json<{ openapi: string; paths: Record<string, unknown> }>(await api('/openapi.json'), 200);
    assert.match(document.openapi, /^3\.1\./);
    assert.ok('/programmes' in document.paths, 'the document has /programmes');
    assert.ok('/seasons' in document.paths, 'the document has /seasons');
    const docs = await api('/docs');
    assert.equal(docs.status, 200);
    assert.match(docs.headers.get('content-type') ?? '', /text\/html/);
    assert.ok((await docs.text()).includes('openapi.json'));
  });

  it('serves the certificate verifier page from the verification site it names, apart from the API', async () => {
    const page = await fetch(`${cloud.ready.verification}/verify/index.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.ok((await page.text()).includes('verifier.js'));
    assert.ok(!cloud.ready.verification.startsWith(cloud.ready.api), 'the site is not the API');
  });

  it('lists the seeded open seasons to anyone', async () => {
    const seasons = await json<{ items: unknown[] }>(await api('/seasons'), 200);
    assert.ok(seasons.items.length > 0, 'the demo data has at least one open season');
  });

  it('refuses a protected route without a token', async () => {
    const response = await api('/programmes');
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  it('lets staff create a programme from a template, edit it, open a season and announce it', async () => {
    const staff = await tokenFor('staff');
    const programmeId = `e2e-${randomUUID().slice(0, 8)}`;

    const created = await json<Programme>(
      await api('/programmes', { method: 'POST', token: staff, body: JSON.stringify({ id: programmeId, templateId: 'prokadry' }) }),
      201,
    );
    assert.equal(created.version, 1);

    const edited = await json<Programme>(
      await api(`/programmes/${programmeId}`, {
        method: 'PUT',
        token: staff,
        body: JSON.stringify({ version: 1, settings: created.settings }),
      }),
      200,
    );
    assert.equal(edited.version, 2);
    const stale = await api(`/programmes/${programmeId}`, {
      method: 'PUT',
      token: staff,
      body: JSON.stringify({ version: 1, settings: created.settings }),
    });
    assert.equal(stale.status, 409, 'an edit based on version 1 after version 2 exists');

    const seasonId = `e2e-season-${randomUUID().slice(0, 8)}`;
    const title = `E2E season ${seasonId}`;
    const applicationStage =
      created.settings.pipeline.stages.find((stage) => stage.initial === true)?.id ?? assert.fail('no initial stage');
    const opensAt = new Date();
    const closesAt = new Date(opensAt.getTime() + 30 * 24 * 3600 * 1000);
    await json(
      await api(`/programmes/${programmeId}/seasons`, {
        method: 'POST',
        token: staff,
        body: JSON.stringify({
          id: seasonId,
          title: { ru: title, en: title },
          description: { ru: 'Сезон из сквозного теста', en: 'A season from the end-to-end test' },
          referenceDate: closesAt.toISOString().slice(0, 10),
          calendar: [{ stage: applicationStage, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }],
          questions: [],
        }),
      }),
      201,
    );

    await json(await api(`/seasons/${seasonId}/open`, { method: 'POST', token: staff }), 202);

    // The openSeason workflow runs in the background (Step Functions); the season turns open, then the mail goes out.
    await waitFor(
      async () =>
        (await json<{ items: { id: string }[] }>(await api('/seasons?limit=100'), 200)).items.some((season) => season.id === seasonId),
      {
        description: `season ${seasonId} to be listed as open`,
        timeoutMs: 30_000,
        intervalMs: 200,
      },
    );
    const publicSeason = await json<{ id: string }>(await api(`/seasons/${seasonId}`), 200);
    assert.equal(publicSeason.id, seasonId);

    await waitFor(
      async () => {
        const store = (await (await fetch(cloud.ready.mailStore)).json()) as { emails: { subject: string }[] };
        return store.emails.some((mail) => mail.subject.includes(title));
      },
      { description: `the announcement of ${seasonId} in the SES mailbox`, timeoutMs: 30_000, intervalMs: 200 },
    );
  });

  it('stops every process on Ctrl-C and exits 0', async () => {
    const { dynamodbPid } = cloud.ready;
    assert.ok(isProcessAlive(dynamodbPid), 'DynamoDB Local (Java) runs while the cloud is up');
    cloud.child.kill('SIGINT');
    assert.equal(await cloud.exited, 0, cloud.stderr());
    await waitFor(() => !isProcessAlive(dynamodbPid), { description: `Java (pid ${dynamodbPid}) to be gone`, timeoutMs: 5_000 });
  });
});
