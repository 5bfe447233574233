import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { API_CLIENT_DIRECTORY, apiClientSources, GENERATED_FILES } from '../../../infra/api-client/api-client-sources.ts';
import { ROUTES } from '../../../shared/route-table.ts';
import { WEBHOOK_EVENT_TYPES } from '../../../shared/webhooks/webhook-event-schema.ts';

const committed = (path: string): Promise<string> => readFile(new URL(path, API_CLIENT_DIRECTORY), 'utf8');

describe('the typed client’s generated types', () => {
  it('are what a fresh generation from the route table writes (after changing routes: npm run client:generate)', async () => {
    const sources = await apiClientSources();
    assert.deepEqual(Object.keys(sources).sort(), Object.values(GENERATED_FILES).sort());
    for (const [path, content] of Object.entries(sources)) {
      // Not assert.equal on 1 MB strings: the message names the fix instead of printing both.
      assert.ok(
        (await committed(path)) === content,
        `shared/api-client/${path} is out of step with the route table: run npm run client:generate`,
      );
    }
  });

  it('type every operation of the route table and every webhook event type', async () => {
    const schema = await committed(GENERATED_FILES.schema);
    for (const route of ROUTES) assert.ok(schema.includes(`operations["${route.operationId}"]`), route.operationId);
    const events = await committed(GENERATED_FILES.webhookSchema);
    for (const type of WEBHOOK_EVENT_TYPES) assert.ok(events.includes(`type: "${type}"`), type);
  });
});
