import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, validationFailed, versionConflict } from '../../platform/errors/common-errors.ts';
import type { ApplicationDraft } from '../application-draft-schema.ts';
import { applicationFrozen } from '../application-errors.ts';
import { requireProcessingConsent } from '../../applicants/domain/consents/require-processing-consent.ts';
import type { Application } from '../application-schema.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import { initialStage } from '../../catalogue/domain/pipeline/pipeline-stages.ts';
import { validateDraft } from '../domain/validate-draft.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';
import { loadApplicationContext } from './load-application-context.ts';

/**
 * Replaces a draft's content (PUT semantics) if the version sent is current. Submitted or
 * withdrawn applications are frozen (409). Every field at fault against the programme and the
 * season's questions is listed in one 400, and nothing is written. After the applicant withdrew
 * consent to personal-data processing nothing new of theirs is stored (152-FZ): 409
 * `consent-required`, as for a new draft, until they consent again.
 */
export const updateDraft = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'applicants' | 'programmes' | 'seasons' | 'clock'>,
  identity: Identity,
  applicationId: string,
  draft: ApplicationDraft,
): Promise<ApplicationView> => {
  // The consent state is read alongside the application (one BatchGetItem); a refused owner check answers first.
  const [{ application, programme, season }, stopped] = await Promise.all([
    loadApplicationContext(deps, identity, applicationId, ['owner']),
    deps.applicants.processingStopped([identity.subject]),
  ]);
  requireProcessingConsent({ personalData: stopped.size > 0 ? 'withdrawn' : 'given' });
  const initial = initialStage(programme.settings.pipeline);
  if (application.submittedAt !== undefined || application.stage !== initial.id) throw applicationFrozen();
  const { version, ...content } = draft;
  const faults = validateDraft(programme.settings, season.questions, content);
  if (faults.length > 0) throw validationFailed(faults);
  if (version !== application.version) throw versionConflict(application.version);

  const at = deps.clock().toISOString();
  const { participantRole: _r, preferredInternshipLevel: _l, internshipJustification: _j, projectDescription: _p, ...kept } = application;
  const next: Application = { ...kept, ...content, updatedAt: at, version: application.version + 1 };
  // A draft edit is not history (stage changes and decisions are): one conditional write.
  const outcome = await deps.applications.replace(next, application, undefined, { stage: initial.id, unsubmitted: true });
  if (outcome === 'missing') throw notFound('application');
  if (outcome === 'stale') {
    const current = await deps.applications.find(applicationId);
    if (current?.submittedAt !== undefined) throw applicationFrozen();
    throw versionConflict(current?.version ?? application.version);
  }
  return toApplicationView(next, programme.settings, { processingStopped: false, withholdContent: false });
};
