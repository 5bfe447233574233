import type { Identity } from '../../auth/identity.ts';
import { notFound } from '../../errors/common-errors.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';
import { readerOf } from './load-application-context.ts';

/**
 * One application with its history and documents, for its applicant or staff of its programme
 * (anyone else: 404 as for a missing id). Staff see a processing-stopped application without its
 * content. Two requests: one Query of the application's partition (application, history,
 * documents) and the applicant's consent state, which lives in the applicant's partition and is
 * read live so that a withdrawal stops processing at once.
 */
export const readApplication = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'applicants'>,
  identity: Identity | undefined,
  applicationId: string,
): Promise<ApplicationView> => {
  const found = await deps.applications.findDossier(applicationId, { history: true });
  const reader = found === undefined ? undefined : readerOf(identity, found.application);
  if (found === undefined || reader === undefined) throw notFound('application');
  const [programme, stopped] = await Promise.all([deps.programmes.find(found.application.programmeId), deps.applicants.processingStopped([found.application.applicantId])]);
  if (programme === undefined) throw new Error('An application refers to a programme that does not exist');
  return toApplicationView(found.application, programme.settings, {
    processingStopped: stopped.size > 0,
    withholdContent: reader === 'staff',
    history: found.history,
    documents: found.documents,
  });
};
