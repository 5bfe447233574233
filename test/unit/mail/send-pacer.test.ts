import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { mailRetryDelayMs, MAX_RETRY_DELAY_MS } from '../../../shared/mail/domain/mail-retry-delay.ts';
import { SendPacer } from '../../../shared/mail/domain/send-pacer.ts';

describe('the send pacer', () => {
  it('lets `rate` sends go at once, then holds the next until the one `rate` places back is a second old', () => {
    const pacer = new SendPacer(3);
    for (const at of [1000, 1100, 1200]) {
      assert.equal(pacer.waitMs(at), 0);
      pacer.record(at);
    }
    assert.equal(pacer.waitMs(1300), 700, 'the fourth waits for the first to be a second old');
    assert.equal(pacer.waitMs(2000), 0);
    pacer.record(2000);
    assert.equal(pacer.waitMs(2050), 50, 'now the second send (1100) is the one a second must pass from');
  });
});

describe('the retry delay of a mail', () => {
  it('doubles per attempt with jitter between half and all of its step, capped', () => {
    assert.equal(
      mailRetryDelayMs(1, () => 0, 1000),
      500,
    );
    assert.equal(
      mailRetryDelayMs(1, () => 1, 1000),
      1000,
    );
    assert.equal(
      mailRetryDelayMs(3, () => 0, 1000),
      2000,
    );
    assert.equal(
      mailRetryDelayMs(30, () => 1, 1000),
      MAX_RETRY_DELAY_MS,
    );
  });
});
