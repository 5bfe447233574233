/** What opening one panel member's scorecard came to. */
export type ScorecardOutcome = 'opened' | 'already-open' | 'conflict-of-interest';

/**
 * The panel's scorecards for an attended interview: one review per panel member on the event's
 * rubric, which the reviews capability owns (scoring, aggregation, the move on the score). The
 * function's wiring plugs it in; a member with a conflict of interest gets none.
 */
export interface PanelScorecards {
  open(request: {
    readonly applicationId: string;
    readonly rubricId: string;
    readonly panel: readonly string[];
    readonly eventId: string;
    /** The partner organisation whose people the panel is, if the event is one's own: they score for it. */
    readonly ownerOrganisation?: string | undefined;
    readonly openedBy: string;
  }): Promise<readonly { readonly panelMember: string; readonly outcome: ScorecardOutcome }[]>;
}
