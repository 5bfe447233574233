import type { Pipeline } from '../../catalogue/domain/config/pipeline-schema.ts';
import type { StageCount } from '../../counters/domain/season-counts.ts';
import type { FunnelReport } from '../report-schema.ts';
import { ratio } from './ratio.ts';

type FunnelStage = FunnelReport['stages'][number];

/** Stages an application leaves the programme through: they end the way, they are not a step of it. */
const EXIT_KINDS: readonly string[] = ['rejected', 'withdrawn'];

/**
 * The stage each stage's conversion is measured from: the nearest stage before it, in pipeline
 * order, that a transition leads from into it (so ПроКадры's federal interview is measured against
 * the interview, not the regional internship listed between them), or simply the nearest step
 * before it where no transition says. Exits and the first stage have none.
 */
const previousStages = (pipeline: Pipeline): Map<string, string> => {
  const steps = pipeline.stages.filter((stage) => !EXIT_KINDS.includes(stage.kind)).map((stage) => stage.id);
  const previous = new Map<string, string>();
  steps.forEach((stage, index) => {
    if (index === 0) return;
    const sources = new Set(pipeline.transitions.filter((transition) => transition.to === stage).flatMap((transition) => transition.from));
    const earlier = steps.slice(0, index).reverse();
    const from = earlier.find((candidate) => sources.has(candidate)) ?? earlier[0];
    if (from !== undefined) previous.set(stage, from);
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
      conversionFromPrevious: from === undefined ? null : ratio(entered, enteredOf(from)),
      conversionFromFirst: ratio(entered, firstEntered),
    };
  });
};
