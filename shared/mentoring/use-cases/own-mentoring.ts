import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MentoringPair } from '../mentoring-pair-schema.ts';
import type { MentoringSubject } from '../ports/mentoring-subjects.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/**
 * The caller's own application with its live pair, if any; another applicant's application answers
 * 404 exactly as a missing one does, so application ids cannot be probed.
 */
export const ownMentoring = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'pairs'>,
  identity: Identity,
  applicationId: string,
): Promise<{ readonly subject: MentoringSubject; readonly pair: MentoringPair | undefined }> => {
  const subject = await deps.subjects.find(applicationId);
  if (subject === undefined || subject.application.applicantId !== identity.subject) throw notFound('application');
  const mentoring = await deps.pairs.mentoringOf(applicationId);
  const pair = mentoring?.livePairId === undefined ? undefined : await deps.pairs.find(mentoring.livePairId);
  return { subject, pair };
};
