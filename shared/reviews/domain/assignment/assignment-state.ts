/** An expert while the plan is built. */
export interface ExpertState {
  readonly kind: 'expert';
  /** Position in id order: ties broken by index are broken by id, whatever the input's order. */
  readonly index: number;
  readonly id: string;
  readonly capacity: number;
  readonly languages: readonly string[];
  readonly competences: ReadonlySet<string>;
  /** Reviews held before this run. */
  readonly before: number;
  /** Reviews held, before this run and planned in it. */
  load: number;
  /** Reviews the expert may still take: never below zero, even if the load already exceeds the capacity. */
  spare: number;
  /** Requests planned for the expert. */
  readonly holdings: RequestState[];
}

/** A request while the plan is built. */
export interface RequestState {
  readonly kind: 'request';
  /** Position in (application, rubric) order. */
  readonly index: number;
  readonly applicationId: string;
  readonly rubricId: string;
  readonly wanted: number;
  /** The requests of the same application, this one included: an expert sits on an application once, whatever the rubric. */
  readonly siblings: readonly RequestState[];
  /** Experts with the request's language and a competence it asks for, in index order. */
  readonly qualified: readonly ExpertState[];
  /** Qualified experts who could take it, capacity aside: not conflicted, not on the application before this run. */
  readonly eligible: readonly ExpertState[];
  /** Experts planned for it. */
  readonly held: ExpertState[];
}

export interface AssignmentState {
  readonly experts: readonly ExpertState[];
  readonly requests: readonly RequestState[];
}

export const shortfallOf = (request: RequestState): number => request.wanted - request.held.length;

export const take = (request: RequestState, expert: ExpertState): void => {
  request.held.push(expert);
  expert.holdings.push(request);
  expert.load++;
  expert.spare--;
};

const remove = <T>(list: T[], item: T): void => {
  const at = list.indexOf(item);
  if (at < 0) throw new Error('Dropping an assignment that is not planned');
  list.splice(at, 1);
};

export const drop = (request: RequestState, expert: ExpertState): void => {
  remove(request.held, expert);
  remove(expert.holdings, request);
  expert.load--;
  expert.spare++;
};

/** Who sits on one application, for scanning the eligible experts of one of its requests. */
export interface SeatMarks {
  /** Notes the seats of the request's application; `holderOf` answers for them until the next call. */
  mark(request: RequestState): void;
  /** The request of the marked application the expert is planned for, if any. */
  holderOf(expert: ExpertState): RequestState | undefined;
}

/**
 * Marking costs the application's planned seats (a few); each look-up after it is an array read,
 * which matters because scans of eligible experts are the planner's inner loops.
 */
export const seatMarks = (state: AssignmentState): SeatMarks => {
  const markedIn = new Int32Array(state.experts.length);
  const holders: (RequestState | undefined)[] = new Array(state.experts.length).fill(undefined);
  let generation = 0;
  return {
    mark: (request) => {
      generation++;
      for (const sibling of request.siblings) {
        for (const expert of sibling.held) {
          markedIn[expert.index] = generation;
          holders[expert.index] = sibling;
        }
      }
    },
    holderOf: (expert) => (markedIn[expert.index] === generation ? holders[expert.index] : undefined),
  };
};
