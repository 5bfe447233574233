import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { InterviewSubject } from '../ports/interview-subjects.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * The caller's own application with what booking reads; another applicant's answers 404 exactly
 * as a missing one does, so application ids cannot be probed.
 */
export const ownApplication = async (
  deps: Pick<InterviewDependencies, 'subjects'>,
  identity: Identity,
  applicationId: string,
): Promise<InterviewSubject> => {
  const subject = await deps.subjects.find(applicationId);
  if (subject === undefined || subject.application.applicantId !== identity.subject) throw notFound('application');
  return subject;
};

/** The application's current stage, if it is an interview stage of its programme. */
export const interviewStageOf = (subject: InterviewSubject): string | undefined => {
  const stage = subject.programme.settings.pipeline.stages.find((candidate) => candidate.id === subject.application.stage);
  return stage?.kind === 'interview' ? stage.id : undefined;
};
