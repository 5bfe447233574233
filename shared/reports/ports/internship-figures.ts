/** Placements a season's hosts completed: the internships keep this count exactly as placements move (one item). */
export interface InternshipFigures {
  completed(seasonId: string): Promise<number>;
}
