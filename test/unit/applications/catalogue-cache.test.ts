import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { CATALOGUE_CACHE_TTL_MS, CatalogueCache } from '../../../shared/catalogue/ports/catalogue-cache.ts';

/** A repository whose stored items the test edits, counting the reads that reach it. */
const fakeRepository = (stored: Map<string, string>) => {
  const reads: string[] = [];
  let failNext = false;
  return {
    reads,
    failNextRead: () => {
      failNext = true;
    },
    find: async (id: string): Promise<string | undefined> => {
      reads.push(id);
      if (failNext) {
        failNext = false;
        throw new Error('throttled');
      }
      return stored.get(id);
    },
  };
};

/** A clock the test moves by hand. */
const manualClock = () => {
  let now = Date.parse('2026-03-01T10:00:00Z');
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
};

describe('catalogue cache (programme settings and seasons per container)', () => {
  it('answers repeated reads from memory within the TTL', async () => {
    const repository = fakeRepository(new Map([['s1', 'open']]));
    const { clock, advance } = manualClock();
    const cache = new CatalogueCache(repository, { clock });
    assert.equal(await cache.find('s1'), 'open');
    advance(CATALOGUE_CACHE_TTL_MS - 1);
    assert.equal(await cache.find('s1'), 'open');
    assert.deepEqual(repository.reads, ['s1']);
  });

  it('reads again once the entry is a TTL old, so an edit reaches applicants within the TTL', async () => {
    const stored = new Map([['s1', 'open']]);
    const repository = fakeRepository(stored);
    const { clock, advance } = manualClock();
    const cache = new CatalogueCache(repository, { clock, ttlMs: 1000 });
    assert.equal(await cache.find('s1'), 'open');
    stored.set('s1', 'closed');
    advance(999);
    assert.equal(await cache.find('s1'), 'open', 'stale within the TTL, as documented');
    advance(1);
    assert.equal(await cache.find('s1'), 'closed');
    assert.deepEqual(repository.reads, ['s1', 's1']);
  });

  it('does not remember a missing item: it is found as soon as it exists', async () => {
    const stored = new Map<string, string>();
    const repository = fakeRepository(stored);
    const { clock } = manualClock();
    const cache = new CatalogueCache(repository, { clock });
    assert.equal(await cache.find('new'), undefined);
    stored.set('new', 'open');
    assert.equal(await cache.find('new'), 'open');
    assert.deepEqual(repository.reads, ['new', 'new']);
  });

  it('does not remember a failed read', async () => {
    const repository = fakeRepository(new Map([['p1', 'settings']]));
    const { clock } = manualClock();
    const cache = new CatalogueCache(repository, { clock });
    repository.failNextRead();
    await assert.rejects(cache.find('p1'), /throttled/);
    assert.equal(await cache.find('p1'), 'settings');
    assert.deepEqual(repository.reads, ['p1', 'p1']);
  });

  it('shares one read among concurrent misses of the same id, and keeps ids apart', async () => {
    const repository = fakeRepository(
      new Map([
        ['a', 'A'],
        ['b', 'B'],
      ]),
    );
    const { clock } = manualClock();
    const cache = new CatalogueCache(repository, { clock });
    const answers = await Promise.all([cache.find('a'), cache.find('a'), cache.find('b'), cache.find('a')]);
    assert.deepEqual(answers, ['A', 'A', 'B', 'A']);
    assert.deepEqual(repository.reads, ['a', 'b']);
  });
});
