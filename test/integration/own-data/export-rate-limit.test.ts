import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { handler } from '../../../functions/own-data/handler.ts';
import { wiring } from '../../../functions/own-data/wiring.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbFixedWindowThrottle, EXPORT_RATE_COUNTER } from '../../../shared/adapters/dynamodb/dynamodb-fixed-window-throttle.ts';
import { EXPORT_LIMITS, exportWindowAt } from '../../../shared/own-data/domain/export-window.ts';
import { exportOwnData } from '../../../shared/own-data/use-cases/export-own-data.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { AppError } from '../../../shared/platform/errors/app-error.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { applicantClaims } from '../../support/claims.ts';

const identity = (subject: string): Identity => ({
  subject,
  email: undefined,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

describe('the export’s throttle', { timeout: 60_000 }, () => {
  it('lets a person have five exports an hour, then refuses with the wait until the next hour, and a new hour starts afresh', async () => {
    const subject = `applicant-${randomUUID()}`;
    let now = new Date('2027-03-01T10:20:00.000Z');
    const deps = { ...wiring(), clock: () => now };
    for (let count = 1; count <= EXPORT_LIMITS.perWindow; count += 1)
      assert.equal((await exportOwnData(deps, identity(subject), undefined)).subject, subject);
    const refused = await exportOwnData(deps, identity(subject), undefined).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(refused instanceof AppError);
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'too-many-exports');
    assert.equal(refused.headers['retry-after'], String(40 * 60));
    // Another person's hour is their own.
    assert.equal((await exportOwnData(deps, identity(`applicant-${randomUUID()}`), undefined)).profile, null);
    now = new Date('2027-03-01T11:00:00.000Z');
    assert.equal((await exportOwnData(deps, identity(subject), undefined)).subject, subject);
  });

  it('never counts past the limit when a person’s asks race', async () => {
    const throttle = new DynamoDbFixedWindowThrottle(documentClient(), requireEnv(ENV.tableName), EXPORT_RATE_COUNTER);
    const window = exportWindowAt(new Date('2027-03-01T10:20:00.000Z'), EXPORT_LIMITS.windowSeconds);
    const subject = `applicant-${randomUUID()}`;
    const taken = await Promise.all(Array.from({ length: 12 }, () => throttle.take(subject, window, EXPORT_LIMITS.perWindow)));
    assert.equal(taken.filter(Boolean).length, EXPORT_LIMITS.perWindow);
  });

  it('answers 429 over HTTP with Retry-After and a problem in Russian and English', async () => {
    const subject = `applicant-${randomUUID()}`;
    const throttle = new DynamoDbFixedWindowThrottle(documentClient(), requireEnv(ENV.tableName), EXPORT_RATE_COUNTER);
    // The hour is used up, this one and the next (should the call land just after the hour turns).
    const now = Date.now();
    for (const at of [now, now + EXPORT_LIMITS.windowSeconds * 1000])
      for (let count = 0; count < EXPORT_LIMITS.perWindow; count += 1)
        assert.ok(await throttle.take(subject, exportWindowAt(new Date(at), EXPORT_LIMITS.windowSeconds), EXPORT_LIMITS.perWindow));
    const answer = await invokeHandler(handler, { method: 'GET', route: '/me/export', claims: applicantClaims(subject) });
    assert.equal(answer.status, 429);
    assert.equal(answer.body['code'], 'too-many-exports');
    const seconds = Number(answer.headers['retry-after']);
    assert.ok(Number.isInteger(seconds) && seconds >= 1 && seconds <= EXPORT_LIMITS.windowSeconds, String(answer.headers['retry-after']));
    const message = answer.body['message'] as { ru: string; en: string };
    assert.match(message.ru, /Слишком много выгрузок/);
    assert.match(message.en, /Too many exports/);
  });
});
