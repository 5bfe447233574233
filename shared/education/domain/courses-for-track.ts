import type { CourseCatalogue, LiveBroadcast, RecordedWebinar } from '../course-catalogue-schema.ts';

/** The courses of one track's level; without a track (not assigned yet) there are none. */
export const coursesForTrack = (
  catalogue: Pick<CourseCatalogue, 'webinars' | 'broadcasts'> | undefined,
  track: string | undefined,
): { readonly webinars: readonly RecordedWebinar[]; readonly broadcasts: readonly LiveBroadcast[] } => {
  if (catalogue === undefined || track === undefined) return { webinars: [], broadcasts: [] };
  return {
    webinars: catalogue.webinars.filter((course) => course.tracks.includes(track)),
    broadcasts: catalogue.broadcasts.filter((course) => course.tracks.includes(track)),
  };
};
