import { describeUnexpectedError, logger } from '../../../platform/observability/logger.ts';
import type { Application } from '../../../applications/application-schema.ts';
import type { TransitionFailureRepository } from '../../ports/transition-failure-repository.ts';
import type { Move } from './notify-applicant-of-transition.ts';

/** A failure's id is a path parameter of the retry route: letters, digits, `-` and `_`. */
export const inLineEffectFailureId = (applicationId: string, version: number): string => `effects-${applicationId}-v${version}`;

/**
 * The applicant's own moves (submission, withdrawal) run their effects in line, after the write
 * the applicant is answered on. If the effects fail there, the move stands and the failure is
 * recorded as the state machine's Catch records one: staff see it among the application's
 * transition failures and retry it, and the retry finds the move applied and runs only its
 * effects (idempotent), so nothing is lost and nothing is done twice. Recording is best effort:
 * a failure to record is logged (ids only), never turned into an error for the applicant whose
 * move has been written.
 */
export const recordInLineEffectFailure = async (
  deps: { readonly transitionFailures: Pick<TransitionFailureRepository, 'record'>; readonly clock: () => Date },
  context: { readonly application: Application; readonly move: Move },
  error: unknown,
): Promise<void> => {
  const { application, move } = context;
  const described = describeUnexpectedError(error);
  logger.warn('in-line transition effects failed; recorded for staff to retry', {
    applicationId: application.id,
    from: move.from,
    to: move.to,
    ...described,
  });
  try {
    await deps.transitionFailures.record({
      id: inLineEffectFailureId(application.id, move.version),
      applicationId: application.id,
      programmeId: application.programmeId,
      seasonId: application.seasonId,
      request: { applicationId: application.id, from: move.from, to: move.to, actor: 'applicant' },
      error: 'EffectsFailed',
      cause: JSON.stringify(described).slice(0, 2000),
      at: deps.clock().toISOString(),
      status: 'open',
    });
  } catch (recordError) {
    logger.error('in-line effect failure not recorded', { applicationId: application.id, ...describeUnexpectedError(recordError) });
  }
};
