/** How many mentors a season's pool holds in each tier: the mentoring module keeps these counts in one item. */
export interface MentorPoolSizes {
  sizes(seasonId: string): Promise<{ readonly main: number; readonly reserve: number }>;
}
