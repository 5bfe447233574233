import type { DocumentApplication, DocumentDossier } from '../../ports/document-applications.ts';
import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { managesProgramme } from '../../../catalogue/domain/staff-scope.ts';
import type { DocumentsDependencies } from '../documents-dependencies.ts';

/**
 * Who reaches an application's documents. Every refusal is the 404 of a missing application, so
 * an id proves nothing about whether it exists.
 */
const missing = () => notFound('application');

const isOwner = (identity: Identity, application: DocumentApplication): boolean =>
  identity.roles.includes('applicant') && identity.subject === application.applicantId;

/** The applicant's own application (uploads and confirmations are the owner's alone). */
export const findOwnApplication = async (
  deps: Pick<DocumentsDependencies, 'applications'>,
  identity: Identity,
  applicationId: string,
): Promise<DocumentApplication> => {
  const application = await deps.applications.find(applicationId);
  if (application === undefined || !isOwner(identity, application)) throw missing();
  return application;
};

/** Staff of the application's programme (the staff route for assigning experts). */
export const findManagedApplication = async (
  deps: Pick<DocumentsDependencies, 'applications'>,
  identity: Identity,
  applicationId: string,
): Promise<DocumentApplication> => {
  const application = await deps.applications.find(applicationId);
  if (application === undefined || !identity.roles.includes('staff') || !managesProgramme(identity, application.programmeId))
    throw missing();
  return application;
};

/**
 * The owner's application with its documents, in one read of the application's partition (confirm
 * needs the application for ownership and the document it confirms).
 */
export const findOwnDossier = async (
  deps: Pick<DocumentsDependencies, 'applications'>,
  identity: Identity,
  applicationId: string,
): Promise<DocumentDossier> => {
  const dossier = await deps.applications.findDossier(applicationId, { history: false });
  if (dossier === undefined || !isOwner(identity, dossier.application)) throw missing();
  return dossier;
};

/**
 * Readers of documents: the owner, staff of the programme, or an expert assigned to this
 * application. One read of the application's partition answers all of it: the application, its
 * documents and its expert assignments live there together.
 */
export const findReadableDossier = async (
  deps: Pick<DocumentsDependencies, 'applications'>,
  identity: Identity,
  applicationId: string,
): Promise<{ readonly dossier: DocumentDossier; readonly asOwner: boolean }> => {
  const dossier = await deps.applications.findDossier(applicationId, { history: false });
  if (dossier === undefined) throw missing();
  const { application } = dossier;
  if (isOwner(identity, application)) return { dossier, asOwner: true };
  if (identity.roles.includes('staff') && managesProgramme(identity, application.programmeId)) return { dossier, asOwner: false };
  if (identity.roles.includes('expert') && dossier.assignedExperts.includes(identity.subject)) return { dossier, asOwner: false };
  throw missing();
};
