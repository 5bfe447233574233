import type { ProgrammeSettingsShape } from '../../catalogue/domain/config/programme-settings-schema.ts';
import type { PartnerOrganisation } from '../../partners/partner-organisation-schema.ts';
import type { AppError } from '../../platform/errors/app-error.ts';
import type { InternshipOfferContent } from '../internship-offer-schema.ts';
import {
  durationOutOfBounds,
  hostNotFederal,
  levelNotOffered,
  regionNotHosts,
  regionRequired,
  unknownTrack,
} from '../internship-errors.ts';
import { levelsTakingOffers } from './offer-audience.ts';

/**
 * What the programme and the host decide about an offer: a level some stage takes offers of, the
 * programme's tracks, a stay within the level's bounds, and where it happens. A regional offer
 * happens in a region, the host's own where the host belongs to one (a РОИВ interns people in its
 * region); a federal offer is hosted by a body without a region (a ministry, a country-wide
 * organisation) and may say where it happens.
 */
export const offerFaultAgainstProgramme = (
  settings: ProgrammeSettingsShape,
  offer: InternshipOfferContent,
  host: Pick<PartnerOrganisation, 'region'>,
): AppError | undefined => {
  const level = settings.internshipLevels.find((candidate) => candidate.id === offer.level);
  if (level === undefined || !levelsTakingOffers(settings).has(offer.level)) return levelNotOffered(offer.level);
  const tracks = new Set(settings.tracks.map((track) => track.id));
  const unknown = (offer.tracks ?? []).findIndex((track) => !tracks.has(track));
  if (unknown >= 0) return unknownTrack(unknown, offer.tracks?.[unknown] ?? '');
  if (offer.weeks < level.minWeeks || offer.weeks > level.maxWeeks) return durationOutOfBounds(level.minWeeks, level.maxWeeks);
  if (level.scope === 'federal') return host.region === null ? undefined : hostNotFederal();
  if (offer.region === undefined) return regionRequired();
  if (host.region !== null && host.region !== offer.region) return regionNotHosts(host.region);
  return undefined;
};
