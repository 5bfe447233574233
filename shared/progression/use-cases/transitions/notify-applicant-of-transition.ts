import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import type { Application } from '../../../applications/application-schema.ts';
import { initialStage, stageOf } from '../../../catalogue/domain/pipeline/pipeline-stages.ts';
import { stageChangeMail } from '../../mail/stage-change-mail.ts';
import { queuedReceipt } from '../submission/queued-receipt.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

export interface Move {
  readonly from: string;
  readonly to: string;
  /** The application's version right after the move. */
  readonly version: number;
}

export interface EffectContext {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
  readonly move: Move;
  /** Known by the caller (the submitter's address); otherwise read from the applicant's profile. */
  readonly address?: string | undefined;
}

/**
 * One mail per move, whoever runs the effect how often: the mail id names the application, the
 * move and the version after it (a move into a stage visited before is a new mail, a repeat of the
 * same move is not).
 */
const transitionMailId = (applicationId: string, move: Move): string =>
  `application-transition#${applicationId}#${move.from}#${move.to}#v${move.version}`;

export type NotifyOutcome = 'queued' | 'already-queued' | 'no-address';

const addressOf = async (deps: Pick<TransitionDependencies, 'applicants'>, context: EffectContext): Promise<string | undefined> => {
  if (context.address !== undefined) return context.address;
  const { application, programme, season } = context;
  const applicant = await deps.applicants.find(application.applicantId, {
    referenceDate: season.referenceDate,
    guardianConsentBelowAge: programme.settings.eligibility.guardianConsentBelowAge,
  });
  return applicant?.email;
};

/**
 * The `notifyApplicant` effect: queues the mail (the queue's drainer sends it at the deployment's
 * rate). The move out of the initial stage is the submission, whose mail is the receipt (the same
 * id the submission's own transaction queues it under, so it is queued once); any other move
 * queues the stage-change mail. A failed enqueue throws, so the state machine's Retry or Catch
 * takes over; nothing is lost silently.
 */
export const notifyApplicantOfTransition = async (
  deps: Pick<TransitionDependencies, 'applicants' | 'mailQueue' | 'clock'>,
  context: EffectContext,
): Promise<NotifyOutcome> => {
  const { application, programme, season, move } = context;
  const to = await addressOf(deps, context);
  if (to === undefined) return 'no-address';

  if (move.from === initialStage(programme.settings.pipeline).id) {
    return deps.mailQueue.enqueue(queuedReceipt({ application, programme, season, to }), deps.clock());
  }

  const stage = stageOf(programme.settings.pipeline, move.to);
  return deps.mailQueue.enqueue(
    {
      id: transitionMailId(application.id, move),
      seasonId: season.id,
      mail: stageChangeMail({
        to,
        language: application.language,
        programmeName: programme.settings.name,
        seasonTitle: season.title,
        applicationId: application.id,
        stageName: stage?.name ?? { ru: move.to, en: move.to },
        stageDescription: stage?.description,
      }),
    },
    deps.clock(),
  );
};
