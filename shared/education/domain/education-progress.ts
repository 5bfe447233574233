/**
 * A participant's learning progress: which courses count as done. Sets of course ids, so watching
 * a webinar twice is one watch; the event ids already applied are kept for idempotency.
 */
export interface EducationProgress {
  readonly applicationId: string;
  readonly webinarsWatched: readonly string[];
  readonly broadcastsAttended: readonly string[];
  readonly updatedAt: string | undefined;
}

export const noProgress = (applicationId: string): EducationProgress => ({
  applicationId,
  webinarsWatched: [],
  broadcastsAttended: [],
  updatedAt: undefined,
});
