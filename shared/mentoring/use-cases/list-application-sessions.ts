import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MentoringSession } from '../mentoring-session-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** The sessions the mentor logged with the caller, by date, on their own application; 404 while it has no pair. */
export const listApplicationSessions = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'pairs'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly MentoringSession[]> => {
  const [subject, mentoring] = await Promise.all([deps.subjects.find(applicationId), deps.pairs.mentoringOf(applicationId)]);
  if (subject === undefined || subject.application.applicantId !== identity.subject) throw notFound('application');
  const found = mentoring?.livePairId === undefined ? undefined : await deps.pairs.withSessions(mentoring.livePairId);
  if (found === undefined) throw notFound('mentoring pair');
  return found.sessions;
};
