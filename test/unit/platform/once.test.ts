import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { once } from '../../../shared/platform/wiring/once.ts';

describe('once (a function’s wiring, built once per container)', () => {
  it('builds on the first call and hands every later call the same value', () => {
    let builds = 0;
    const wiring = once(() => {
      builds += 1;
      return { client: Symbol('client') };
    });
    const first = wiring();
    assert.equal(wiring(), first);
    assert.equal(builds, 1);
  });

  it('keeps a value that is undefined instead of building again', () => {
    let builds = 0;
    const nothing = once(() => {
      builds += 1;
      return undefined;
    });
    nothing();
    nothing();
    assert.equal(builds, 1);
  });

  it('builds again after a build that threw, so a cold start that failed is not remembered', () => {
    let attempts = 0;
    const wiring = once(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('environment not ready');
      return 'built';
    });
    assert.throws(() => wiring(), /environment not ready/);
    assert.equal(wiring(), 'built');
    assert.equal(attempts, 2);
  });
});
