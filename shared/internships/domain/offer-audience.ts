import type { Application } from '../../applications/application-schema.ts';
import type { InternshipOfferStage } from '../../catalogue/domain/config/internships-schema.ts';
import type { ProgrammeSettingsShape } from '../../catalogue/domain/config/programme-settings-schema.ts';
import type { InternshipOffer, InternshipOfferStatus } from '../internship-offer-schema.ts';

/** One slice of a season's offers an application may rank: a level, in one region or (undefined) any. */
export interface OfferListing {
  readonly level: string;
  readonly region: string | undefined;
}

/** The application's facts that decide which offers it may rank. */
export type OfferSeeker = Pick<Application, 'stage' | 'track' | 'participantRole' | 'region' | 'preferredInternshipLevel'>;

/** The offer stages of the programme's settings at `stage` (none where the stage takes no offers). */
export const offerStagesAt = (settings: ProgrammeSettingsShape, stage: string): readonly InternshipOfferStage[] =>
  (settings.internships?.offerStages ?? []).filter((entry) => entry.stage === stage);

/** The levels some stage takes offers of: an offer of any other level could never be ranked. */
export const levelsTakingOffers = (settings: ProgrammeSettingsShape): ReadonlySet<string> =>
  new Set((settings.internships?.offerStages ?? []).map((entry) => entry.level));

/**
 * What an application may rank: the levels its stage takes offers of, for its track and role (and
 * its track's levels), narrowed to the level it preferred when it applied where that level is one
 * of them (ПроКадры: "where would you prefer to intern, РОИВ or ФОИВ"); a regional level only in
 * the application's own region where the programme says so, except for the tracks that may go
 * elsewhere. A level its preference does not name stays open when the preferred one is not taken
 * at this stage (a beginner who hoped for a ministry still interns regionally).
 */
export const listingsFor = (settings: ProgrammeSettingsShape, application: OfferSeeker): readonly OfferListing[] => {
  const track = application.track?.track;
  const role = application.participantRole;
  const trackLevels = settings.tracks.find((candidate) => candidate.id === track)?.internshipLevels;
  const admissible = [
    ...new Set(
      offerStagesAt(settings, application.stage)
        .filter((entry) => entry.tracks === undefined || (track !== undefined && entry.tracks.includes(track)))
        .filter((entry) => entry.participantRoles === undefined || (role !== undefined && entry.participantRoles.includes(role)))
        .filter((entry) => trackLevels === undefined || trackLevels.includes(entry.level))
        .map((entry) => entry.level),
    ),
  ];
  const preferred = application.preferredInternshipLevel;
  const levels = preferred !== undefined && admissible.includes(preferred) ? [preferred] : admissible;
  const ownRegionOnly = settings.internships?.ownRegionOnly;
  const anyRegion = ownRegionOnly === undefined || (track !== undefined && ownRegionOnly.exceptTracks.includes(track));
  return levels.flatMap((level): OfferListing[] => {
    const scope = settings.internshipLevels.find((candidate) => candidate.id === level)?.scope;
    if (scope === undefined) return [];
    if (scope === 'federal' || anyRegion) return [{ level, region: undefined }];
    return application.region === undefined ? [] : [{ level, region: application.region }];
  });
};

/** Whether the offer is in one of the listings, open to the track, and in one of `statuses` (approved, to be ranked). */
export const offerOpenTo = (
  offer: Pick<InternshipOffer, 'status' | 'level' | 'region' | 'tracks'>,
  listings: readonly OfferListing[],
  track: string | undefined,
  statuses: readonly InternshipOfferStatus[] = ['approved'],
): boolean =>
  statuses.includes(offer.status) &&
  listings.some((listing) => listing.level === offer.level && (listing.region === undefined || listing.region === offer.region)) &&
  (offer.tracks === undefined || (track !== undefined && offer.tracks.includes(track)));

/** The levels whose approved offers a matching run of `stage` places applicants in. */
export const levelsTakingOffersAt = (settings: ProgrammeSettingsShape, stage: string): readonly string[] => [
  ...new Set(offerStagesAt(settings, stage).map((entry) => entry.level)),
];
