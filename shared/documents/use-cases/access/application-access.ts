import type { DocumentApplication } from '../../ports/document-applications.ts';
import type { ReadingAssignment } from '../../ports/expert-assignments.ts';
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

/** What a reader may see: every document, or (an expert) the verified ones of the requirements their assignment lists. */
export type DocumentReads = 'every-document' | { readonly verifiedOf: ReadonlySet<string> };

/**
 * Readers of documents: the owner and staff of the programme see every document; an expert (or a
 * partner's interviewer) assigned to the application sees what counts (verified ones) of the
 * requirements the rubric's blind policy lets them read. A scorecard of a partner organisation's
 * interview counts only while its holder acts for that organisation, as the registry bears their
 * claims out: never on the account alone. One GetItem of the application, for an expert one Query
 * of their assignments (never the application's documents, however many), and for an
 * organisation's scorecard one GetItem of the registry.
 */
export const findReadableApplication = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'experts' | 'actingOrganisation'>,
  identity: Identity,
  applicationId: string,
): Promise<{ readonly application: DocumentApplication; readonly reads: DocumentReads }> => {
  const application = await deps.applications.find(applicationId);
  if (application === undefined) throw missing();
  if (isOwner(identity, application)) return { application, reads: 'every-document' };
  if (identity.roles.includes('staff') && managesProgramme(identity, application.programmeId))
    return { application, reads: 'every-document' };
  // A partner organisation's people score its own interviews: their scorecards are reviews too.
  if (identity.roles.includes('expert') || identity.roles.includes('partner')) {
    const assignments = await deps.experts.readingAssignments(identity.subject, application.id);
    const readable = await heldAssignments(deps, identity, assignments);
    if (readable.length > 0) return { application, reads: { verifiedOf: new Set(readable.flatMap((held) => [...held.requirements])) } };
  }
  throw missing();
};

/** The assignments the caller holds now: their own, and an organisation's scorecards while they act for it. */
const heldAssignments = async (
  deps: Pick<DocumentsDependencies, 'actingOrganisation'>,
  identity: Identity,
  assignments: readonly ReadingAssignment[],
): Promise<readonly ReadingAssignment[]> => {
  const forOrganisations = assignments.some((assignment) => assignment.panelOrganisation !== undefined);
  const organisation = forOrganisations ? await deps.actingOrganisation.of(identity) : undefined;
  return assignments.filter((assignment) => assignment.panelOrganisation === undefined || assignment.panelOrganisation === organisation);
};
