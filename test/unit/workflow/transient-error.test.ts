import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { isTransientFault, TransientError } from '../../../shared/platform/workflow/transient-error.ts';

describe('transient fault classification', () => {
  it('treats throttling, 5xx, retryable SDK errors and dropped connections as transient', () => {
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    const serverError = Object.assign(new Error('oops'), { $metadata: { httpStatusCode: 503 } });
    const retryable = Object.assign(new Error('x'), { $retryable: { throttling: true } });
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    for (const error of [throttled, serverError, retryable, refused, new TransientError('again')]) {
      assert.equal(isTransientFault(error), true, error.message);
    }
  });

  it('treats refusals and our own bugs as permanent', () => {
    const refusal = Object.assign(new Error('bad'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
    assert.equal(isTransientFault(refusal), false);
    assert.equal(isTransientFault(new TypeError('undefined is not a function')), false);
    assert.equal(isTransientFault('a string'), false);
  });
});
