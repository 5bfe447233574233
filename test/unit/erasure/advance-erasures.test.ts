import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { addCounts, ERASURE_STEPS, type ErasedCounts } from '../../../shared/erasure/domain/erasure-steps.ts';
import type { StoredErasureRequest } from '../../../shared/erasure/erasure-schema.ts';
import type { ErasureRequests, OpenOutcome, StepRecord } from '../../../shared/erasure/ports/erasure-requests.ts';
import type { ErasureSubject, PersonalRecords } from '../../../shared/erasure/ports/personal-records.ts';
import { advanceErasure, advanceErasures } from '../../../shared/erasure/use-cases/advance-erasures.ts';
import type { EraserDependencies } from '../../../shared/erasure/use-cases/erasure-dependencies.ts';
import type { QueuedMail } from '../../../shared/mail/ports/mail-queue.ts';

/** The requests port in memory: versions checked as the table's conditional writes check them. */
class RequestsInMemory implements ErasureRequests {
  readonly stored = new Map<string, StoredErasureRequest>();
  async salt() {
    return 'salt';
  }
  async open(request: StoredErasureRequest): Promise<OpenOutcome> {
    this.stored.set(request.id, request);
    return { outcome: 'opened', request };
  }
  async find(id: string) {
    return this.stored.get(id);
  }
  async list() {
    return { items: [...this.stored.values()] };
  }
  async unfinished() {
    return [...this.stored.values()].filter((request) => request.status !== 'completed').map((request) => request.id);
  }
  async recordStep(request: StoredErasureRequest, record: StepRecord) {
    if (this.stored.get(request.id)?.version !== request.version) return undefined;
    const { email: _email, ...withoutEmail } = request;
    const next: StoredErasureRequest = {
      ...(record.dropEmail === true ? withoutEmail : request),
      status: 'erasing',
      stepsDone: [...request.stepsDone, record.step],
      removed: addCounts(request.removed, record.removed),
      ...(record.inventory === undefined ? {} : { inventory: record.inventory }),
      version: request.version + 1,
    };
    this.stored.set(request.id, next);
    return next;
  }
  async complete(request: StoredErasureRequest, at: Date) {
    const { subject: _subject, email: _email, inventory: _inventory, ...kept } = request;
    const next: StoredErasureRequest = { ...kept, status: 'completed', completedAt: at.toISOString(), version: request.version + 1 };
    this.stored.set(request.id, next);
    return next;
  }
}

const received = (id: string): StoredErasureRequest => ({
  id,
  status: 'received',
  subject: `person-${id}`,
  subjectDigest: 'a'.repeat(64),
  email: `${id}@example.org`,
  language: 'en',
  requestedBy: { kind: 'applicant' },
  requestedAt: '2026-03-01T10:00:00.000Z',
  programmeIds: ['prokadry'],
  stepsDone: [],
  removed: {},
  version: 1,
});

const world = () => {
  const requests = new RequestsInMemory();
  const calls: string[] = [];
  const mails: QueuedMail[] = [];
  const step =
    (name: string, counts: ErasedCounts) =>
    async (person: ErasureSubject): Promise<ErasedCounts> => {
      calls.push(`${name}:${person.applicationIds.join(',')}`);
      return counts;
    };
  const records: PersonalRecords = {
    find: async () => ({
      exists: true,
      programmeIds: ['prokadry'],
      applicationIds: ['app-1'],
      seasonIds: ['season-1'],
      certificateIds: ['cert-1'],
    }),
    unlink: step('unlink', { teamMemberships: 1 }),
    eraseMail: step('mail', { mails: 2 }),
    eraseRecords: step('records', { applicationRecords: 30 }),
  };
  const deps: EraserDependencies = {
    requests,
    records,
    objects: { erase: step('objects', { documentObjects: 3 }) },
    accounts: { delete: async () => 'deleted' },
    mail: {
      enqueue: async (mail) => {
        mails.push(mail);
        return 'queued';
      },
      enqueueCapped: async () => 'cap-reached',
    },
    clock: () => new Date('2026-03-02T10:00:00.000Z'),
  };
  return { requests, calls, mails, deps };
};

const FAR = Number.MAX_SAFE_INTEGER;

describe('the eraser', () => {
  it('runs every step in order from what the inventory found, checkpointing each, then mails the receipt and forgets the subject and address', async () => {
    const { requests, calls, mails, deps } = world();
    await requests.open(received('r1'));
    const { steps, request } = await advanceErasure(deps, 'r1', FAR);
    assert.equal(steps, ERASURE_STEPS.length);
    assert.deepEqual(calls, ['unlink:app-1', 'objects:app-1', 'mail:app-1', 'records:app-1']);
    assert.equal(request?.status, 'completed');
    assert.deepEqual(request?.stepsDone, [...ERASURE_STEPS]);
    assert.deepEqual(request?.removed, { teamMemberships: 1, documentObjects: 3, mails: 2, applicationRecords: 30, account: 1 });
    assert.equal(request?.subject, undefined);
    assert.equal(request?.email, undefined);
    assert.equal(request?.inventory, undefined);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.id, 'erasure-receipt#r1');
    assert.equal(mails[0]?.seasonId, 'season-1');
    assert.deepEqual(mails[0]?.mail.to, ['r1@example.org']);
    assert.match(mails[0]?.mail.subject ?? '', /erased/);
  });

  it('stops at a failing step with the steps before it recorded, and resumes there', async () => {
    const { requests, calls, deps } = world();
    await requests.open(received('r2'));
    const failing = { ...deps, objects: { erase: () => Promise.reject(new Error('timed out')) } };
    await assert.rejects(advanceErasure(failing, 'r2', FAR), /timed out/);
    assert.deepEqual(requests.stored.get('r2')?.stepsDone, ['inventory', 'links']);
    calls.length = 0;
    const { request } = await advanceErasure(deps, 'r2', FAR);
    assert.equal(request?.status, 'completed');
    assert.deepEqual(calls, ['objects:app-1', 'mail:app-1', 'records:app-1']);
  });

  it('takes no step past its deadline, and a completed erasure takes none at all', async () => {
    const { requests, deps } = world();
    await requests.open(received('r3'));
    assert.deepEqual(await advanceErasures(deps, 0), { steps: 0, completed: 0 });
    assert.deepEqual(await advanceErasures(deps, FAR), { steps: ERASURE_STEPS.length, completed: 1 });
    assert.equal((await advanceErasure(deps, 'r3', FAR)).steps, 0);
  });

  it('sends no receipt when it has no address, and still completes', async () => {
    const { requests, mails, deps } = world();
    const { email: _email, ...withoutAddress } = received('r4');
    await requests.open(withoutAddress);
    assert.equal((await advanceErasure(deps, 'r4', FAR)).request?.status, 'completed');
    assert.deepEqual(mails, []);
  });
});
