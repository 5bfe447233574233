import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { offerStagesAt } from '../domain/offer-audience.ts';
import { notAtInternshipStage } from '../internship-errors.ts';
import type { InternshipSubject } from '../ports/internship-subjects.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

/**
 * The caller's own application at a stage where it ranks internship offers. Another applicant's
 * answers 404 exactly as a missing one does, so application ids cannot be probed.
 */
export const ownApplicationAtOfferStage = async (
  deps: Pick<InternshipDependencies, 'subjects'>,
  identity: Identity,
  applicationId: string,
): Promise<InternshipSubject & { readonly stage: string }> => {
  const subject = await deps.subjects.find(applicationId);
  if (subject === undefined || subject.application.applicantId !== identity.subject) throw notFound('application');
  const stage = subject.application.stage;
  if (offerStagesAt(subject.programme.settings, stage).length === 0) throw notAtInternshipStage();
  return { ...subject, stage };
};

/** When the stage's window closes in the season's calendar: preferences are final then. */
export const preferencesDeadline = (subject: InternshipSubject & { readonly stage: string }): string | undefined =>
  subject.season.calendar.find((window) => window.stage === subject.stage)?.closesAt;
