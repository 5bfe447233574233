import type { ShortlistRule } from '../../catalogue/domain/config/shortlist-rule-schema.ts';
import type { Completion } from '../completion-schema.ts';
import type { EducationDependencies } from './education-dependencies.ts';

/**
 * Makes the shortlist marker say what completion says: present when the rule is met, absent when
 * not. Both writes are idempotent, so calling it after every progress write is safe. Normal
 * progress only ever adds courses, so the marker normally only appears; it disappears when a
 * course is added to the track's catalogue afterwards (or, later, a staff correction removes
 * progress) and the next recomputation for that application finds the rule no longer met.
 */
export const syncShortlistMarker = async (
  deps: Pick<EducationDependencies, 'shortlist' | 'clock'>,
  target: {
    readonly applicationId: string;
    readonly seasonId: string;
    readonly rule: ShortlistRule | undefined;
    readonly completion: Completion;
  },
): Promise<void> => {
  if (target.rule !== undefined && target.completion.meetsShortlistRule) {
    await deps.shortlist.mark({
      applicationId: target.applicationId,
      seasonId: target.seasonId,
      stage: target.rule.stage,
      at: deps.clock().toISOString(),
    });
  } else {
    await deps.shortlist.unmark(target.applicationId);
  }
};
