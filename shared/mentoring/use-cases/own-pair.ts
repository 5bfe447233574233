import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { ERASED_SUBJECT } from '../../platform/identifiers/erased-subject.ts';
import type { MentoringPair } from '../mentoring-pair-schema.ts';
import type { MentoringSubject } from '../ports/mentoring-subjects.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/**
 * The caller's own pair, as its mentor: another mentor's pair answers 404 exactly as a missing
 * one does, so pair ids prove nothing. So does a pair whose mentee had their data erased: it stays
 * in the mentor's list and staff's records, with nothing of the mentee left to open.
 */
export const ownPair = async (deps: Pick<MentoringDependencies, 'pairs'>, identity: Identity, pairId: string): Promise<MentoringPair> => {
  const pair = await deps.pairs.find(pairId);
  if (pair === undefined || pair.mentorId !== identity.subject || pair.applicantId === ERASED_SUBJECT) throw notFound('mentoring pair');
  return pair;
};

/** The mentee's application of a pair, with its programme; gone only if the records are inconsistent. */
export const subjectOfPair = async (deps: Pick<MentoringDependencies, 'subjects'>, pair: MentoringPair): Promise<MentoringSubject> => {
  const subject = await deps.subjects.find(pair.applicationId);
  if (subject === undefined) throw new Error('A mentoring pair refers to an application that does not exist');
  return subject;
};
