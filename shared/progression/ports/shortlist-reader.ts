/**
 * Whether an application made the shortlist (the `shortlist` guard of a transition). The
 * education capability computes completion and writes the marker; the applications capability
 * only reads it, so the two meet here and nowhere else.
 */
export interface ShortlistReader {
  isShortlisted(applicationId: string): Promise<boolean>;
}
