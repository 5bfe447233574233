import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MenteeLetterView } from '../recommendation-letter-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/**
 * The mentee's recommendation letter on their own application: that it is being written (the
 * mentor's drafts are the mentor's), then, signed off, the letter itself. 404 until it is requested.
 */
export const readApplicationLetter = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'letters' | 'profiles'>,
  identity: Identity,
  applicationId: string,
): Promise<MenteeLetterView> => {
  const subject = await deps.subjects.find(applicationId);
  if (subject === undefined || subject.application.applicantId !== identity.subject) throw notFound('application');
  const letter = await deps.letters.find(applicationId);
  if (letter === undefined) throw notFound('recommendation letter');
  const mentor = await deps.profiles.find(letter.mentorId);
  return {
    status: letter.status === 'final' ? 'final' : 'being-written',
    ...(mentor === undefined ? {} : { mentorName: mentor.displayName }),
    ...(letter.status === 'final' && letter.text !== undefined ? { text: letter.text } : {}),
    ...(letter.status === 'final' && letter.language !== undefined ? { language: letter.language } : {}),
    requestedAt: letter.requestedAt,
    ...(letter.finalisedAt === undefined ? {} : { finalisedAt: letter.finalisedAt }),
  };
};
