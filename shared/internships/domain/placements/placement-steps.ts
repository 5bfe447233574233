import type { Placement, PlacementStatus } from '../../placement-schema.ts';

/** What can happen to a placement: the applicant's answer, the host's (or staff's) steps, and the platform's expiry. */
export const PLACEMENT_STEPS = ['accept', 'decline', 'expire', 'start', 'complete', 'end-early'] as const;
export type PlacementStep = (typeof PLACEMENT_STEPS)[number];

const STEP_MOVES: Readonly<Record<PlacementStep, { readonly from: readonly PlacementStatus[]; readonly to: PlacementStatus }>> = {
  accept: { from: ['offered'], to: 'accepted' },
  decline: { from: ['offered'], to: 'declined' },
  expire: { from: ['offered'], to: 'expired' },
  start: { from: ['accepted'], to: 'started' },
  complete: { from: ['started'], to: 'completed' },
  'end-early': { from: ['accepted', 'started'], to: 'ended-early' },
};

export type StepDecision =
  | { readonly allowed: true; readonly to: PlacementStatus }
  | { readonly allowed: false; readonly code: 'offer-expired' | 'step-not-allowed'; readonly from: PlacementStatus };

/** Whether an offered placement's answer deadline has passed at `now`: it then reads as expired, whether or not the tick has expired it yet. */
export const isOverdue = (placement: Pick<Placement, 'status' | 'respondBy'>, now: Date): boolean =>
  placement.status === 'offered' && Date.parse(placement.respondBy) <= now.getTime();

/** The status a reader sees: an offer past its deadline is expired at once, before the calendar's tick writes so. */
export const statusAt = (placement: Pick<Placement, 'status' | 'respondBy'>, now: Date): PlacementStatus =>
  isOverdue(placement, now) ? 'expired' : placement.status;

/**
 * Whether `step` may happen to the placement now: from the statuses it leaves, and for an answer
 * before the deadline (an expiry only after it). The store's write checks both again.
 */
export const decideStep = (placement: Pick<Placement, 'status' | 'respondBy'>, step: PlacementStep, now: Date): StepDecision => {
  const move = STEP_MOVES[step];
  const overdue = isOverdue(placement, now);
  if ((step === 'accept' || step === 'decline') && overdue) return { allowed: false, code: 'offer-expired', from: 'expired' };
  if (!move.from.includes(placement.status) || (step === 'expire' && !overdue)) {
    return { allowed: false, code: 'step-not-allowed', from: statusAt(placement, now) };
  }
  return { allowed: true, to: move.to };
};

/** The steps a host or staff take, in the order a placement goes through them. */
export const HOST_STEPS = ['start', 'complete', 'end-early'] as const satisfies readonly PlacementStep[];
export type HostStep = (typeof HOST_STEPS)[number];
