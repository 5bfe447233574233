/**
 * How many distinct partner organisations host an approved internship offer of the season: the
 * internships' offers, read a page at a time (a season has thousands of offers, never applications' numbers).
 */
export interface HostOrganisations {
  count(seasonId: string): Promise<number>;
}
