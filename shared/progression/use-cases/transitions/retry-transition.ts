import type { Identity } from '../../../platform/auth/identity.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { startTransition } from './start-transition.ts';
import type { ApplicationRequestDependencies } from './transition-dependencies.ts';

const alreadyRetried = (): AppError =>
  new AppError({
    code: 'failure-already-retried',
    status: 409,
    message: { ru: 'Этот сбой уже перезапущен.', en: 'This failure has already been retried.' },
  });

/**
 * Staff restart a failed transition from its record: a new execution with the same request. It
 * decides again on what it reads: a move already written skips to its effects (idempotent), one
 * that never happened is decided and applied, a stale one is a reported no-op. The record then
 * points at the retry, so the same failure is not restarted twice.
 */
export const retryTransition = async (
  deps: Pick<ApplicationRequestDependencies, 'applicationAccess' | 'transitionFailures' | 'workflows' | 'clock'>,
  identity: Identity,
  applicationId: string,
  failureId: string,
): Promise<{ readonly executionArn: string }> => {
  await deps.applicationAccess.load(identity, applicationId, ['staff']);
  const failure = await deps.transitionFailures.find(applicationId, failureId);
  if (failure === undefined) throw notFound('transition-failure');
  if (failure.status !== 'open') throw alreadyRetried();
  const { executionArn } = await startTransition(deps, failure.request);
  const marked = await deps.transitionFailures.markRetried(applicationId, failureId, {
    at: deps.clock().toISOString(),
    by: identity.subject,
    executionArn,
  });
  if (!marked) throw alreadyRetried();
  return { executionArn };
};
