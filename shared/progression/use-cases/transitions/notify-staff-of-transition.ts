import { stageOf } from '../../../catalogue/domain/pipeline/pipeline-stages.ts';
import { staffNoticeMail } from '../../mail/staff-notice-mail.ts';
import type { EffectContext, Move } from './notify-applicant-of-transition.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/** One notice per move, however often the effect runs (the same rule as the applicant's mail). */
export const staffNoticeMailId = (applicationId: string, move: Move): string =>
  `staff-notice#${applicationId}#${move.from}#${move.to}#v${move.version}`;

/**
 * The `notifyStaff` effect (e.g. an applicant withdrew): a notice queued to the programme's
 * contact address in the contact's language. A failed enqueue throws, so the state machine's Retry
 * or Catch (or, for the applicant's own moves, the in-line failure record) takes over.
 */
export const notifyStaffOfTransition = async (
  deps: Pick<TransitionDependencies, 'mailQueue' | 'clock'>,
  context: EffectContext,
): Promise<'queued' | 'already-queued'> => {
  const { application, programme, season, move } = context;
  const { contact, pipeline, name } = programme.settings;
  const stageName = (id: string) => stageOf(pipeline, id)?.name ?? { ru: id, en: id };
  return deps.mailQueue.enqueue(
    {
      id: staffNoticeMailId(application.id, move),
      seasonId: season.id,
      mail: staffNoticeMail({
        to: contact.email,
        language: contact.language,
        programmeName: name,
        seasonTitle: season.title,
        applicationId: application.id,
        fromStageName: stageName(move.from),
        toStageName: stageName(move.to),
      }),
    },
    deps.clock(),
  );
};
