import type { FieldProblem } from '../../platform/errors/app-error.ts';
import type { ProgrammeSettingsShape } from '../../catalogue/domain/config/programme-settings-schema.ts';
import type { Application, ApplicationEvent } from '../application-schema.ts';

export interface TrackOverride {
  readonly track: string;
  readonly reason: string;
  /** Who decided (the staff member's subject). */
  readonly by: string;
  readonly at: string;
}

export type OverrideOutcome =
  | { readonly ok: true; readonly application: Application; readonly event: ApplicationEvent }
  | { readonly ok: false; readonly refusal: 'not-submitted' }
  | { readonly ok: false; readonly refusal: 'invalid'; readonly faults: readonly FieldProblem[] };

/**
 * Staff put an application on another track, with a reason. The rule's assignment is not lost:
 * the override records the track it replaces, and the history keeps every override. A track is
 * decided at submission, so a draft has none to override.
 */
export const overrideTrack = (settings: ProgrammeSettingsShape, application: Application, override: TrackOverride): OverrideOutcome => {
  if (!settings.tracks.some((track) => track.id === override.track)) {
    return {
      ok: false,
      refusal: 'invalid',
      faults: [
        {
          field: 'body.track',
          code: 'unknown-track',
          message: { ru: `В программе нет трека «${override.track}»`, en: `The programme has no track "${override.track}"` },
        },
      ],
    };
  }
  if (application.submittedAt === undefined) return { ok: false, refusal: 'not-submitted' };
  const previousTrack = application.track?.track;
  const version = application.version + 1;
  return {
    ok: true,
    application: {
      ...application,
      track: {
        track: override.track,
        assignedAt: override.at,
        override: { by: override.by, reason: override.reason, at: override.at, ...(previousTrack === undefined ? {} : { previousTrack }) },
      },
      updatedAt: override.at,
      version,
    },
    event: {
      at: override.at,
      version,
      kind: 'track-overridden',
      actor: 'staff',
      note: `${previousTrack ?? '-'} -> ${override.track}: ${override.reason}`.slice(0, 2000),
    },
  };
};
