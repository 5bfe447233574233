import type { Pipeline } from '../../catalogue/domain/config/pipeline-schema.ts';
import type { StageCount } from '../../counters/domain/season-counts.ts';
import type { FunnelReport } from '../report-schema.ts';
import { ratio } from './ratio.ts';

type FunnelStage = FunnelReport['stages'][number];

/** Stages an application leaves the programme through: they end the way, they are not a step of it. */
const EXIT_KINDS: readonly string[] = ['rejected', 'withdrawn'];

/**
 * The stages each stage's conversion is measured from: the earlier steps (pipeline order) a
 * transition leads from into it, less any that leads on to another of them (Кадры будущего's project
 * work is measured against the education tracks, not also the school before them), so alternative
 * ways in add up (ПроКадры's closing event after a regional or a federal internship) and a step
 * listed between them that does not lead in is skipped (the federal interview is measured against
 * the interview, not the regional internship listed before it). Where no transition says, the
 * nearest step before it. Exits and the first stage have none.
 */
const previousStages = (pipeline: Pipeline): Map<string, readonly string[]> => {
  const steps = pipeline.stages.filter((stage) => !EXIT_KINDS.includes(stage.kind)).map((stage) => stage.id);
  const next = new Map<string, Set<string>>();
  for (const transition of pipeline.transitions)
    for (const from of transition.from) next.set(from, (next.get(from) ?? new Set()).add(transition.to));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const queue = [...(next.get(from) ?? [])];
    for (let stage = queue.shift(); stage !== undefined; stage = queue.shift()) {
      if (stage === to) return true;
      if (seen.has(stage)) continue;
      seen.add(stage);
      queue.push(...(next.get(stage) ?? []));
    }
    return false;
  };
  const previous = new Map<string, readonly string[]>();
  steps.forEach((stage, index) => {
    const earlier = steps.slice(0, index);
    const sources = earlier.filter((candidate) => next.get(candidate)?.has(stage) === true);
    const direct = sources.filter((source) => !sources.some((other) => other !== source && reaches(source, other)));
    const nearest = earlier.at(-1);
    if (direct.length > 0) previous.set(stage, direct);
    else if (nearest !== undefined) previous.set(stage, [nearest]);
  });
  return previous;
};

/** The funnel of the counted rows (already filtered), one entry per stage of the pipeline, in its order. */
export const funnelStages = (pipeline: Pipeline, rows: readonly StageCount[]): FunnelStage[] => {
  const totals = new Map<string, { now: number; entered: number }>();
  for (const row of rows) {
    const total = totals.get(row.stage) ?? { now: 0, entered: 0 };
    totals.set(row.stage, { now: total.now + row.now, entered: total.entered + row.entered });
  }
  const enteredOf = (stage: string): number => totals.get(stage)?.entered ?? 0;
  const previous = previousStages(pipeline);
  const first = pipeline.stages.find((stage) => stage.initial === true) ?? pipeline.stages[0];
  const firstEntered = first === undefined ? 0 : enteredOf(first.id);
  return pipeline.stages.map((stage) => {
    const entered = enteredOf(stage.id);
    const from = previous.get(stage.id);
    return {
      stage: stage.id,
      name: stage.name,
      now: totals.get(stage.id)?.now ?? 0,
      entered,
      conversionFromPrevious:
        from === undefined
          ? null
          : ratio(
              entered,
              from.reduce((sum, source) => sum + enteredOf(source), 0),
            ),
      conversionFromFirst: ratio(entered, firstEntered),
    };
  });
};
