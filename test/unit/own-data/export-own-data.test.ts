import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { exportOwnData } from '../../../shared/own-data/use-cases/export-own-data.ts';
import type { OwnDataDependencies } from '../../../shared/own-data/use-cases/own-data-dependencies.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { AppError } from '../../../shared/platform/errors/app-error.ts';

const identity: Identity = {
  subject: 'applicant-1',
  email: undefined,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
};

/** A person with nothing stored yet, every read counted; the throttle grants or refuses as told. */
const nobody = (grants: boolean) => {
  const reads: string[] = [];
  const read =
    <T>(what: string, value: T) =>
    async (): Promise<T> => {
      reads.push(what);
      return value;
    };
  const deps: OwnDataDependencies = {
    applicants: { profile: read('profile', undefined), consents: read('consents', { records: [], state: undefined }) },
    applications: { ids: read('applications', { items: [] }), read: () => Promise.reject(new Error('no application to read')) },
    documents: { ofApplication: read('documents', { items: [] }) },
    learning: { progress: read('learning', undefined) },
    reviews: { ofApplication: read('reviews', { reviews: [], aggregates: [] }) },
    interviews: { bookings: read('interviews', []) },
    placements: { ofApplication: read('placements', []) },
    mentoring: { ofApplication: read('mentoring', { pair: undefined, sessions: [], letter: undefined }) },
    certificates: { ofHolder: read('certificates', { items: [] }) },
    disclosures: { ofApplicant: read('disclosures', { items: [] }) },
    throttle: { take: async () => grants },
    clock: () => new Date('2027-03-01T10:20:00.000Z'),
  };
  return { deps, reads };
};

describe('exporting one’s own data', () => {
  it('reads nothing for a caller over the limit', async () => {
    const { deps, reads } = nobody(false);
    const refused = await exportOwnData(deps, identity, undefined).catch((error: unknown) => error);
    assert.ok(refused instanceof AppError && refused.status === 429);
    assert.deepEqual(reads, []);
  });

  it('answers every section, empty, for a person with nothing stored, in Russian unless asked otherwise', async () => {
    const { deps } = nobody(true);
    const exported = await exportOwnData(deps, identity, undefined);
    assert.equal(exported.profile, null);
    assert.equal(exported.consents.current, null);
    assert.equal(exported.language, 'ru');
    assert.equal(exported.generatedAt, '2027-03-01T10:20:00.000Z');
    for (const section of [
      'applications',
      'documents',
      'education',
      'reviews',
      'scores',
      'interviews',
      'placements',
      'mentoring',
      'certificates',
      'disclosures',
    ] as const)
      assert.deepEqual(exported[section], [], section);
    assert.equal((await exportOwnData(deps, identity, 'en')).language, 'en');
  });
});
