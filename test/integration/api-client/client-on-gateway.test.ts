import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLocalPools, type LocalPools } from '../../../infra/local/auth/local-pools.ts';
import { createGateway, type RunningGateway } from '../../../infra/local/gateway/gateway.ts';
import { CLIENT_TOKEN_PATH } from '../../../infra/local/gateway/local-endpoints.ts';
import { seedDemoMachineClients, seedDemoPartnerOrganisations } from '../../../infra/local/seed/seed-demo-partners.ts';
import { DEMO_MACHINE_CLIENTS } from '../../../infra/local/auth/demo-machine-clients.ts';
import { CadreApiError, createCadreClient, isCadreProblem, orThrow } from '../../../shared/api-client/src/index.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { openSeason, readyDraft, submit } from '../../support/application-fixtures.ts';

/**
 * The typed client against the local gateway with the whole route table and the real handlers: the
 * README's applicant example run as a partner runs it (its own node process, the package imported
 * by name), and the client's typed answers and refusals.
 */
const example = (name: string): string => fileURLToPath(new URL(`../../../shared/api-client/examples/${name}`, import.meta.url));
const runExample = async (name: string, env: Record<string, string>): Promise<string> =>
  (await promisify(execFile)(process.execPath, ['--conditions=cadre-source', example(name)], { env: { ...process.env, ...env } })).stdout;

const registryStaff: Identity = {
  subject: 'demo-seed',
  email: undefined,
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes: ['*'],
};

let directory: string;
let pools: LocalPools;
let gateway: RunningGateway;
let applicant: { readonly sub: string; readonly email: string };
let applicationId: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-api-client-'));
  pools = await createLocalPools({ keyDirectory: directory });
  gateway = await createGateway({ pools });
  const draft = await readyDraft(await openSeason());
  applicant = draft.applicant;
  applicationId = draft.applicationId;
  const submitted = await submit(applicationId, draft.applicant.claims, randomUUID());
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
});
afterAll(async () => {
  await gateway?.stop();
  await rm(directory, { recursive: true, force: true });
});

const applicantToken = (sub = applicant.sub): Promise<string> => pools.mint({ role: 'applicant', sub, email: `${sub}@example.org` });

describe('the typed client on the local gateway', () => {
  it('runs the README’s example: an applicant’s applications with their stage and moves', async () => {
    const stdout = await runExample('my-applications.ts', { CADRE_API_URL: gateway.url, CADRE_TOKEN: await applicantToken() });
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1, stdout);
    assert.match(lines[0] ?? '', new RegExp(`^${applicationId}  \\S+  \\S.*\\(created → .*submitted\\)$`));
  });

  it('runs the README’s partner example: a client-credentials token refreshed through getToken, the partner API read', async () => {
    // The demo's machine client, registered for its organisation as `npm start` seeds it (idempotent).
    await seedDemoPartnerOrganisations(registryStaff);
    await seedDemoMachineClients(registryStaff);
    const [demo] = DEMO_MACHINE_CLIENTS;
    assert.ok(demo);
    // Its organisation's releases are whatever other tests left (none, usually): each line is one, and the run succeeds.
    const stdout = await runExample('partner-releases.ts', {
      CADRE_API_URL: gateway.url,
      CADRE_TOKEN_URL: `${gateway.url}${CLIENT_TOKEN_PATH}`,
      CADRE_CLIENT_ID: demo.clientId,
      CADRE_CLIENT_SECRET: demo.clientSecret,
    });
    for (const line of stdout.split('\n').filter((text) => text !== '')) assert.match(line, /^\S+Z {2}\S+ {2}.+ {2}fields: /);
  });

  it('answers typed data, and a refusal as the API’s problem with its code, message and fields', async () => {
    const client = createCadreClient({ baseUrl: `${gateway.url}/`, getToken: () => applicantToken() });
    const { data } = await client.GET('/applications/{applicationId}', { params: { path: { applicationId } } });
    assert.equal(data?.id, applicationId);
    assert.equal(data?.applicantId, applicant.sub);

    // Another applicant's application does not exist for them.
    const stranger = createCadreClient({ baseUrl: gateway.url, token: await applicantToken(randomUUID()) });
    const { error, response } = await stranger.GET('/applications/{applicationId}', { params: { path: { applicationId } } });
    assert.equal(response.status, 404);
    assert.ok(isCadreProblem(error));
    assert.equal(error.code, 'not-found');
    assert.ok(error.message.ru.length > 0 && error.message.en.length > 0);

    const invalid = await client.GET('/me/applications', { params: { query: { limit: 500 } } });
    assert.ok(isCadreProblem(invalid.error));
    assert.equal(invalid.error.code, 'validation-failed');
    assert.deepEqual(
      invalid.error.errors.map((fault) => fault.field),
      ['query.limit'],
    );
  });

  it('turns a refusal into a CadreApiError with orThrow, and sends no token when it has none', async () => {
    const anonymous = createCadreClient({ baseUrl: gateway.url });
    const refused = await orThrow(anonymous.GET('/me/applications')).catch((error: unknown) => error);
    assert.ok(refused instanceof CadreApiError);
    assert.equal(refused.status, 401);
    assert.equal(refused.problem?.code, 'token-missing');
  });
});
