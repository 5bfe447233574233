/**
 * How a placement's step moves its application through the pipeline: progression decides the move
 * for the actor (the pipeline's transition, its guards, the applicant's consent) and starts the
 * applicationTransition machine, as a score or a staff decision does; the function's wiring plugs
 * it in. `refused` carries the domain's reason; nothing moved.
 */
export type PlacementMoveOutcome =
  | { readonly outcome: 'started'; readonly from: string; readonly to: string }
  | { readonly outcome: 'refused'; readonly to: string; readonly code: string };

export interface PlacementMoves {
  move(request: {
    readonly applicationId: string;
    readonly to: string;
    readonly actor: 'partner' | 'staff';
    readonly actorId: string;
    readonly reason: string;
  }): Promise<PlacementMoveOutcome>;
}
