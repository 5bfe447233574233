import type { ApplicantFacts } from './applicant-facts.ts';
import type { TrackCondition, TrackRule } from './track-rules-schema.ts';

export interface TrackAssignment {
  readonly track: string;
  /** The rule that fired, so the decision can be explained and audited. */
  readonly rule: string;
}

export const conditionHolds = (condition: TrackCondition, facts: ApplicantFacts): boolean => {
  if ('all' in condition) return condition.all.every((inner) => conditionHolds(inner, facts));
  if ('any' in condition) return condition.any.some((inner) => conditionHolds(inner, facts));
  if ('not' in condition) return !conditionHolds(condition.not, facts);
  if ('always' in condition) return true;
  if ('is' in condition) return facts[condition.fact] === condition.is;
  if ('oneOf' in condition) {
    const value = facts[condition.fact];
    return value !== undefined && condition.oneOf.includes(value);
  }
  const value = facts[condition.fact];
  return (condition.atLeast === undefined || value >= condition.atLeast) && (condition.atMost === undefined || value <= condition.atMost);
};

/** First matching rule wins; undefined when no rule matches (the caller decides what that means). */
export const assignTrack = (rules: readonly TrackRule[], facts: ApplicantFacts): TrackAssignment | undefined => {
  const fired = rules.find((rule) => conditionHolds(rule.when, facts));
  return fired === undefined ? undefined : { track: fired.track, rule: fired.id };
};
