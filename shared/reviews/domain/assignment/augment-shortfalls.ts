import { type AssignmentState, drop, type ExpertState, type RequestState, seatMarks, shortfallOf, take } from './assignment-state.ts';

type Node = RequestState | ExpertState;

/**
 * Completes short requests wherever a chain of reassignments allows, so the plan holds as many
 * reviews as any plan could. The plan is a flow from requests through (application, expert) seats
 * to the experts' spare capacity, and a flow without an augmenting path is a maximum one. A path
 * starts at a short request; each request on it takes an eligible expert, and then
 * - if the expert is free on its application and has spare capacity, the path ends;
 * - if the expert is free on the application but full, one of the expert's planned requests gives
 *   the expert up and looks for another expert in turn;
 * - if the expert sits on the application for another rubric, that rubric hands the seat over and
 *   looks for another expert in turn.
 * Every request on the path keeps its count except the first, which gains one; only the last
 * expert's load grows.
 *
 * Paths are found in phases, as in Dinic's algorithm: one breadth-first search from all short
 * requests at once numbers the nodes by distance, then depth-first searches follow only edges one
 * step further, each node's edges scanned once per phase. One search per path would rescan the
 * whole graph for each of what can be hundreds of paths. The phases end when the breadth-first
 * search reaches no spare capacity: then no path exists from any short request.
 */
export const augmentShortfalls = (state: AssignmentState): void => {
  const { requests, experts } = state;
  const seats = seatMarks(state);
  const requestLevel = new Int32Array(requests.length);
  const expertLevel = new Int32Array(experts.length);
  // The next edge each node's depth-first search tries: an index into `eligible` or `holdings`.
  const requestEdge = new Int32Array(requests.length);
  const expertEdge = new Int32Array(experts.length);

  /** Numbers nodes by distance from the short requests; false if no spare capacity is in reach. */
  const layer = (sources: readonly RequestState[]): boolean => {
    requestLevel.fill(-1);
    expertLevel.fill(-1);
    for (const source of sources) requestLevel[source.index] = 0;
    const queue: Node[] = [...sources];
    let reach = Number.POSITIVE_INFINITY;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      if (node === undefined) break;
      if (node.kind === 'expert') {
        const level = expertLevel[node.index] ?? 0;
        if (level >= reach) break;
        for (const holder of node.holdings) {
          if (requestLevel[holder.index] !== -1) continue;
          requestLevel[holder.index] = level + 1;
          queue.push(holder);
        }
        continue;
      }
      const level = requestLevel[node.index] ?? 0;
      if (level >= reach) break;
      seats.mark(node);
      for (const expert of node.eligible) {
        const holder = seats.holderOf(expert);
        if (holder === undefined) {
          if (expertLevel[expert.index] !== -1) continue;
          expertLevel[expert.index] = level + 1;
          if (expert.spare > 0) reach = level + 1;
          else queue.push(expert);
        } else if (requestLevel[holder.index] === -1) {
          requestLevel[holder.index] = level + 1;
          queue.push(holder);
        }
      }
    }
    return reach !== Number.POSITIVE_INFINITY;
  };

  /**
   * Carries out the path: its last request takes `last`, and each request after the first gives
   * up an expert to the request that took the expert before it on the path. `path` alternates as
   * searched: a request followed by a request took the second's seat; a request followed by an
   * expert took that expert, whom the next request gives up.
   */
  const commit = (path: readonly Node[], last: ExpertState): void => {
    const end = path.at(-1);
    if (end?.kind !== 'request') throw new Error('An augmenting path ends at a request');
    take(end, last);
    for (let at = path.length - 1; at > 0; at--) {
      const giver = path[at];
      if (giver?.kind !== 'request') continue;
      const before = path[at - 1];
      const taker = before?.kind === 'expert' ? path[at - 2] : before;
      if (before === undefined || taker?.kind !== 'request') throw new Error('A request on an augmenting path gives to a request');
      const given = before.kind === 'expert' ? before : taker.eligible[requestEdge[taker.index] ?? -1];
      if (given === undefined) throw new Error('A request on an augmenting path gives up an expert');
      drop(giver, given);
      take(taker, given);
    }
  };

  /** One augmenting path from the source, following only edges one level further; false once none is left this phase. */
  const augmentFrom = (source: RequestState): boolean => {
    const path: Node[] = [source];
    for (let node = path.at(-1); node !== undefined; node = path.at(-1)) {
      let next: Node | undefined;
      if (node.kind === 'request') {
        const level = (requestLevel[node.index] ?? 0) + 1;
        seats.mark(node);
        let edge = requestEdge[node.index] ?? 0;
        for (; edge < node.eligible.length; edge++) {
          const expert = node.eligible[edge];
          if (expert === undefined) break;
          const holder = seats.holderOf(expert);
          if (holder === undefined) {
            // Spare capacity ends the path at any level: a shorter path is still a valid one.
            if (expert.spare > 0) {
              commit(path, expert);
              return true;
            }
            if (expertLevel[expert.index] === level) {
              next = expert;
              break;
            }
          } else if (holder !== node && requestLevel[holder.index] === level) {
            next = holder;
            break;
          }
        }
        requestEdge[node.index] = edge;
      } else {
        const level = (expertLevel[node.index] ?? 0) + 1;
        let edge = expertEdge[node.index] ?? 0;
        for (; edge < node.holdings.length; edge++) {
          const holder = node.holdings[edge];
          if (holder !== undefined && requestLevel[holder.index] === level) {
            next = holder;
            break;
          }
        }
        expertEdge[node.index] = edge;
      }
      if (next !== undefined) {
        path.push(next);
        continue;
      }
      // A dead end for the rest of the phase: the edge that led here is not tried again.
      path.pop();
      const parent = path.at(-1);
      if (parent?.kind === 'request') requestEdge[parent.index] = (requestEdge[parent.index] ?? 0) + 1;
      else if (parent?.kind === 'expert') expertEdge[parent.index] = (expertEdge[parent.index] ?? 0) + 1;
    }
    return false;
  };

  for (;;) {
    const sources = requests.filter((request) => shortfallOf(request) > 0);
    if (sources.length === 0 || !layer(sources)) return;
    requestEdge.fill(0);
    expertEdge.fill(0);
    let grown = false;
    for (const source of sources) {
      while (shortfallOf(source) > 0 && augmentFrom(source)) grown = true;
    }
    // A phase whose breadth-first search reached spare capacity always finds a path; this only guards the loop.
    if (!grown) return;
  }
};
