import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { isPublic } from '../../catalogue/domain/seasons/public-season.ts';
import { applicationExists, applicationWindowClosed, seasonNotOpen } from '../application-errors.ts';
import type { Application, ApplicationEvent } from '../application-schema.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import { applicationWindowState } from '../domain/application-window.ts';
import { initialStage } from '../../catalogue/domain/pipeline/pipeline-stages.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';
import { requireProcessingConsent } from '../../applicants/domain/consents/require-processing-consent.ts';

/**
 * Starts the caller's draft in a season: only while the season is open and its application window
 * (the initial stage's calendar window) runs. One per applicant per season: the guard item is
 * written in the same transaction, so two racing requests cannot both create one. Only with the
 * applicant's consent to personal-data processing in force (409 `consent-required` otherwise).
 */
export const createApplication = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'seasons' | 'applicants' | 'clock' | 'newId'>,
  identity: Identity,
  seasonId: string,
): Promise<ApplicationView> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined || !isPublic(season)) throw notFound('season');
  if (season.status !== 'open') throw seasonNotOpen(seasonId);
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error('An open season refers to a programme that does not exist');
  const initial = initialStage(programme.settings.pipeline);
  const now = deps.clock();
  const window = applicationWindowState(season.calendar, initial.id, now);
  if (!window.open) throw applicationWindowClosed(window.window?.opensAt ?? '-', window.window?.closesAt ?? '-');

  // 152-FZ: no draft is stored without the applicant's own consent to personal-data processing in
  // force. Checked by the one read this route makes of the applicant anyway: a BatchGetItem of
  // profile and consent state (both in the applicant's partition) where it used to GetItem the
  // profile for the draft's language. So no extra request, and no ConditionCheck in the create
  // transaction (twice the write units on every draft). A withdrawal racing this request is no
  // different from one arriving just after it. A minor's guardian consent is not asked here: it
  // holds the application at submission.
  const applicant = await deps.applicants.forNewDraft(identity.subject);
  requireProcessingConsent(applicant);

  const at = now.toISOString();
  const application: Application = {
    id: deps.newId(),
    seasonId,
    programmeId: season.programmeId,
    applicantId: identity.subject,
    stage: initial.id,
    answers: {},
    // Copied again from the profile at submission; a draft speaks the profile's language if there is one.
    language: applicant.language ?? 'ru',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const event: ApplicationEvent = { at, version: 1, kind: 'created', actor: 'applicant', toStage: initial.id };
  const outcome = await deps.applications.create(application, event);
  if (outcome.outcome === 'exists') throw applicationExists(outcome.applicationId);
  return toApplicationView(application, programme.settings, {
    processingStopped: false,
    withholdContent: false,
    history: [event],
    documents: [],
  });
};
