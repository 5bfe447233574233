import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { findDemoPerson, LEARNING_PLATFORM_DEMO_SUB, mintRequestFor } from '../../../infra/local/demo-people.ts';
import { LEARNING_PLATFORM_ORGANISATION } from '../../../shared/education/domain/learning-platform.ts';

describe('the demo people', () => {
  it('include the learning platform’s machine client for the ПроКадры demo programme, and it is not the default partner', () => {
    const platform = findDemoPerson('partner', LEARNING_PLATFORM_DEMO_SUB) ?? assert.fail('no demo learning platform');
    assert.deepEqual(mintRequestFor(platform), {
      role: 'partner',
      sub: LEARNING_PLATFORM_DEMO_SUB,
      email: 'learning-platform@example.org',
      organisation: LEARNING_PLATFORM_ORGANISATION,
      programmes: ['prokadry-demo'],
    });
    assert.notEqual(findDemoPerson('partner')?.sub, LEARNING_PLATFORM_DEMO_SUB);
  });
});
