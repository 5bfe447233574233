import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, validationFailed, versionConflict } from '../../platform/errors/common-errors.ts';
import { processingStopped, transitionRefused } from '../application-errors.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import { overrideTrack } from '../domain/override-track.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';
import { loadApplicationContext } from './load-application-context.ts';

export interface TrackOverrideInput {
  readonly track: string;
  readonly reason: string;
  readonly version: number;
}

/**
 * Staff of the programme put a submitted application on another track with a reason; the
 * `track-overridden` event keeps who, why and the previous track. Refused for an applicant who
 * withdrew consent: their application is no longer processed.
 */
export const overrideApplicationTrack = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'seasons' | 'applicants' | 'clock'>,
  identity: Identity,
  applicationId: string,
  input: TrackOverrideInput,
): Promise<ApplicationView> => {
  const { application, programme } = await loadApplicationContext(deps, identity, applicationId, ['staff']);
  const outcome = overrideTrack(programme.settings, application, {
    track: input.track,
    reason: input.reason,
    by: identity.subject,
    at: deps.clock().toISOString(),
  });
  if (!outcome.ok) {
    if (outcome.refusal === 'invalid') throw validationFailed(outcome.faults);
    throw transitionRefused('application-not-submitted', {
      ru: 'Трек назначается при подаче заявки; черновик его не имеет.',
      en: 'A track is assigned at submission; a draft has none.',
    });
  }
  if ((await deps.applicants.processingStopped([application.applicantId])).size > 0) throw processingStopped();
  if (input.version !== application.version) throw versionConflict(application.version);
  const written = await deps.applications.replace(outcome.application, application, outcome.event);
  if (written === 'missing') throw notFound('application');
  if (written === 'stale') throw versionConflict((await deps.applications.find(applicationId))?.version ?? application.version);
  return toApplicationView(outcome.application, programme.settings, { processingStopped: false, withholdContent: true });
};
