import { FEDERAL_DISTRICTS } from '../../applicants/domain/profile/federal-districts.ts';
import { findRegion } from '../../applicants/domain/profile/regions.ts';
import type { ProgrammeSettings } from '../../catalogue/domain/config/programme-settings-schema.ts';
import { NO_VALUE } from '../../counters/domain/season-counts.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { BreakdownDimension } from '../report-schema.ts';

const NOT_SET: LocalisedText = { ru: 'Не указано', en: 'Not set' };

/**
 * A breakdown key's name in both languages: the programme's own names for its tracks and roles,
 * the reference list's for regions and districts. A key the programme no longer declares (a track
 * removed after applications had it) is shown by its id rather than dropped: its figures are real.
 */
export const dimensionName = (
  settings: Pick<ProgrammeSettings, 'tracks' | 'participantRoles'>,
  by: BreakdownDimension,
  key: string,
): LocalisedText => {
  if (key === NO_VALUE) return NOT_SET;
  const named =
    by === 'track'
      ? settings.tracks.find((track) => track.id === key)?.name
      : by === 'role'
        ? settings.participantRoles.find((role) => role.id === key)?.name
        : by === 'region'
          ? findRegion(key)?.name
          : FEDERAL_DISTRICTS.find((district) => district.id === key)?.name;
  return named ?? { ru: key, en: key };
};
