import { nextErasureStep, type ErasureStep } from '../domain/erasure-steps.ts';
import type { StoredErasureRequest } from '../erasure-schema.ts';
import { erasureReceiptMail, erasureReceiptMailId } from '../mail/erasure-receipt-mail.ts';
import type { StepRecord } from '../ports/erasure-requests.ts';
import type { ErasureSubject } from '../ports/personal-records.ts';
import type { EraserDependencies } from './erasure-dependencies.ts';

export interface EraserReport {
  readonly steps: number;
  readonly completed: number;
}

/** Where the receipt is filed if it cannot be delivered: the person's latest season, else the erasures' own list. */
const RECEIPT_SEASON_FALLBACK = 'erasures';

const subjectOf = (request: StoredErasureRequest, subject: string): ErasureSubject => ({
  requestId: request.id,
  subject,
  ...(request.email === undefined ? {} : { email: request.email }),
  applicationIds: request.inventory?.applicationIds ?? [],
  seasonIds: request.inventory?.seasonIds ?? [],
  certificateIds: request.inventory?.certificateIds ?? [],
});

/** One step of one erasure: does it (idempotently) and says what to record. */
const runStep = async (
  deps: EraserDependencies,
  request: StoredErasureRequest,
  subject: string,
  step: ErasureStep,
): Promise<StepRecord> => {
  const person = subjectOf(request, subject);
  const at = deps.clock();
  switch (step) {
    case 'inventory': {
      const found = await deps.records.find(subject);
      return {
        step,
        removed: {},
        inventory: {
          applicationIds: [...found.applicationIds],
          seasonIds: [...found.seasonIds],
          certificateIds: [...found.certificateIds],
        },
      };
    }
    case 'objects':
      return { step, removed: await deps.objects.erase(person) };
    case 'links':
      return { step, removed: await deps.records.unlink(person, at) };
    case 'mail':
      return { step, removed: await deps.records.eraseMail(person) };
    case 'records':
      return { step, removed: await deps.records.eraseRecords(person) };
    case 'account':
      return { step, removed: { account: (await deps.accounts.delete(subject)) === 'deleted' ? 1 : 0 } };
    case 'receipt': {
      if (request.email !== undefined) {
        await deps.mail.enqueue(
          {
            id: erasureReceiptMailId(request.id),
            seasonId: person.seasonIds.at(-1) ?? RECEIPT_SEASON_FALLBACK,
            mail: erasureReceiptMail(request.email, request.id, request.language),
          },
          at,
        );
      }
      return { step, removed: {}, dropEmail: true };
    }
  }
};

/**
 * Runs one erasure's remaining steps until `deadline` (epoch ms), checkpointing each: a step that
 * was cut short runs again from its start next time, finding less to do. Answers the request as it
 * stands, or undefined when another eraser moved it on meanwhile.
 */
export const advanceErasure = async (
  deps: EraserDependencies,
  requestId: string,
  deadline: number,
): Promise<{ readonly steps: number; readonly request: StoredErasureRequest | undefined }> => {
  let request = await deps.requests.find(requestId);
  let steps = 0;
  while (request !== undefined && request.status !== 'completed' && request.subject !== undefined && deps.clock().getTime() < deadline) {
    const step = nextErasureStep(request.stepsDone);
    if (step === undefined) {
      request = await deps.requests.complete(request, deps.clock());
      break;
    }
    const record = await runStep(deps, request, request.subject, step);
    request = await deps.requests.recordStep(request, record);
    steps += 1;
  }
  return { steps, request };
};

/** One run of the schedule's eraser (under its lease): every unfinished erasure, oldest first, until `deadline`. */
export const advanceErasures = async (deps: EraserDependencies, deadline: number): Promise<EraserReport> => {
  let steps = 0;
  let completed = 0;
  for (const requestId of await deps.requests.unfinished()) {
    if (deps.clock().getTime() >= deadline) break;
    const advanced = await advanceErasure(deps, requestId, deadline);
    steps += advanced.steps;
    if (advanced.request?.status === 'completed') completed += 1;
  }
  return { steps, completed };
};
