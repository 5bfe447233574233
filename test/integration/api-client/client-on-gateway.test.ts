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
import { CadreApiError, createCadreClient, isCadreProblem, orThrow } from '../../../shared/api-client/src/index.ts';
import { openSeason, readyDraft, submit } from '../../support/application-fixtures.ts';

/**
 * The typed client against the local gateway with the whole route table and the real handlers: the
 * README's applicant example run as a partner runs it (its own node process, the package imported
 * by name), and the client's typed answers and refusals.
 */
const EXAMPLE = fileURLToPath(new URL('../../../shared/api-client/examples/my-applications.ts', import.meta.url));

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
    const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=cadre-source', EXAMPLE], {
      env: { ...process.env, CADRE_API_URL: gateway.url, CADRE_TOKEN: await applicantToken() },
    });
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1, stdout);
    assert.match(lines[0] ?? '', new RegExp(`^${applicationId}  \\S+  \\S.*\\(created → .*submitted\\)$`));
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
