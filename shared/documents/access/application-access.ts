import type { Application } from '../../applications/application-schema.ts';
import type { Identity } from '../../auth/identity.ts';
import { notFound } from '../../errors/common-errors.ts';
import { managesProgramme } from '../../programmes/staff-scope.ts';
import type { DocumentsDependencies } from '../use-cases/documents-dependencies.ts';

/**
 * Who reaches an application's documents. Every refusal is the 404 of a missing application, so
 * an id proves nothing about whether it exists.
 */
const missing = () => notFound('application');

const isOwner = (identity: Identity, application: Application): boolean =>
  identity.roles.includes('applicant') && identity.subject === application.applicantId;

/** The applicant's own application (uploads and confirmations are the owner's alone). */
export const findOwnApplication = async (
  deps: Pick<DocumentsDependencies, 'applications'>,
  identity: Identity | undefined,
  applicationId: string,
): Promise<Application> => {
  const application = await deps.applications.find(applicationId);
  if (application === undefined || identity === undefined || !isOwner(identity, application)) throw missing();
  return application;
};

/** Staff of the application's programme (the staff route for assigning experts). */
export const findManagedApplication = async (
  deps: Pick<DocumentsDependencies, 'applications'>,
  identity: Identity | undefined,
  applicationId: string,
): Promise<Application> => {
  const application = await deps.applications.find(applicationId);
  if (application === undefined || identity?.roles.includes('staff') !== true || !managesProgramme(identity, application.programmeId)) throw missing();
  return application;
};

/** Readers of documents: the owner, staff of the programme, or an expert assigned to this application. */
export const findReadableApplication = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'experts'>,
  identity: Identity | undefined,
  applicationId: string,
): Promise<{ readonly application: Application; readonly asOwner: boolean }> => {
  const application = await deps.applications.find(applicationId);
  if (application === undefined || identity === undefined) throw missing();
  if (isOwner(identity, application)) return { application, asOwner: true };
  if (identity.roles.includes('staff') && managesProgramme(identity, application.programmeId)) return { application, asOwner: false };
  if (identity.roles.includes('expert') && (await deps.experts.isAssigned(identity.subject, application.id))) return { application, asOwner: false };
  throw missing();
};
