import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod';
import { createRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { defineRoute } from '../../../shared/platform/http/route.ts';
import { apiEvent, lambdaContext } from '../../support/api-event.ts';

/** The foundation's body parsing for a route that declares `bodyMediaType: 'text/csv'`. */
const csvRoute = defineRoute({
  operationId: 'uploadCsv',
  method: 'POST',
  path: '/uploads',
  capability: 'education',
  roles: ['staff'],
  summary: 'test',
  tags: ['test'],
  request: { body: z.string(), bodyMediaType: 'text/csv' },
  responses: { 200: { description: 'echo', body: z.strictObject({ text: z.string() }) } },
});
const handler = createRouteHandler([csvRoute], { uploadCsv: async ({ body }) => ({ status: 200, body: { text: body } }) });
const staff = { sub: 'staff-1', 'cognito:groups': '[staff]' };

const send = async (body: string, contentType: string, isBase64Encoded = false) => {
  const event = {
    ...apiEvent({ method: 'POST', route: '/uploads', rawBody: body, headers: { 'content-type': contentType }, claims: staff }),
    isBase64Encoded,
  };
  const result = await handler(event, lambdaContext());
  return { status: result.statusCode, body: JSON.parse(String(result.body)) as Record<string, unknown> };
};

describe('a text/csv request body', () => {
  it('reaches the implementation as text, BOM and CRLF kept, also when API Gateway base64-encodes it', async () => {
    const csv = '\uFEFFa,b\r\n1,"x, y"\r\n';
    assert.deepEqual(await send(csv, 'text/csv; charset=utf-8'), { status: 200, body: { text: csv } });
    assert.deepEqual(await send(Buffer.from(csv).toString('base64'), 'text/csv', true), { status: 200, body: { text: csv } });
  });

  it('answers 415 naming text/csv for JSON, and 400 for bytes that are not UTF-8', async () => {
    const json = await send('{"a":1}', 'application/json');
    assert.equal(json.status, 415);
    assert.match(String((json.body['message'] as Record<string, string>)['en']), /text\/csv/);
    const latin1 = await send(Buffer.from([0x61, 0x2c, 0xff, 0x0a]).toString('base64'), 'text/csv', true);
    assert.equal(latin1.status, 400);
    assert.equal(latin1.body['code'], 'malformed-text');
  });
});
