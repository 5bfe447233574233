import { isTerminalKind, type Pipeline } from '../config/pipeline-schema.ts';
import { duplicateIds, problem, unknownReference, type ConfigProblem } from './config-problem.ts';

const STAGE = { ru: 'этап', en: 'stage' } as const;

/**
 * The graph rules of a pipeline: unique ids, one initial stage, transitions between declared
 * stages, nothing leaves a terminal stage, every other stage can be left, and every stage can be
 * reached from the initial one (an unreachable stage is a configuration mistake, not a feature).
 */
export const checkPipeline = (pipeline: Pipeline): ConfigProblem[] => {
  const at = (...rest: (string | number)[]) => ['pipeline', ...rest];
  const problems = duplicateIds(
    pipeline.stages.map((stage) => stage.id),
    (index) => at('stages', index, 'id'),
  );
  const stageIds = new Set(pipeline.stages.map((stage) => stage.id));
  const terminal = new Set(pipeline.stages.filter((stage) => isTerminalKind(stage.kind)).map((stage) => stage.id));

  const initial = pipeline.stages.filter((stage) => stage.initial === true);
  if (initial.length !== 1) {
    problems.push(
      problem(
        at('stages'),
        'initial-stage-count',
        `Начальный этап должен быть ровно один (сейчас ${initial.length})`,
        `Exactly one stage must be initial (now ${initial.length})`,
      ),
    );
  }
  if (terminal.size === 0) {
    problems.push(
      problem(at('stages'), 'no-terminal-stage', 'Нужен хотя бы один завершающий этап', 'At least one terminal stage is needed'),
    );
  }

  const next = new Map<string, Set<string>>();
  pipeline.transitions.forEach((transition, index) => {
    problems.push(...unknownReference(at('transitions', index, 'to'), transition.to, stageIds, STAGE));
    transition.from.forEach((from, fromIndex) => {
      problems.push(...unknownReference(at('transitions', index, 'from', fromIndex), from, stageIds, STAGE));
      if (terminal.has(from)) {
        problems.push(
          problem(
            at('transitions', index, 'from', fromIndex),
            'transition-from-terminal',
            `Из завершающего этапа «${from}» переходов быть не может`,
            `Nothing may leave the terminal stage "${from}"`,
          ),
        );
      }
      next.set(from, (next.get(from) ?? new Set()).add(transition.to));
    });
  });

  pipeline.stages.forEach((stage, index) => {
    if (!terminal.has(stage.id) && (next.get(stage.id)?.size ?? 0) === 0) {
      problems.push(
        problem(at('stages', index), 'dead-end-stage', `Из этапа «${stage.id}» нет переходов`, `The stage "${stage.id}" has no way out`),
      );
    }
  });

  const start = initial[0];
  if (initial.length === 1 && start !== undefined) {
    const reached = new Set([start.id]);
    const queue = [start.id];
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const target of next.get(current) ?? []) {
        if (!reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    pipeline.stages.forEach((stage, index) => {
      if (!reached.has(stage.id)) {
        problems.push(
          problem(
            at('stages', index),
            'unreachable-stage',
            `Этап «${stage.id}» недостижим из начального`,
            `The stage "${stage.id}" cannot be reached from the initial stage`,
          ),
        );
      }
    });
  }

  if (pipeline.withdrawalClosesAt !== undefined) {
    problems.push(...unknownReference(at('withdrawalClosesAt'), pipeline.withdrawalClosesAt, stageIds, STAGE));
  }
  return problems;
};
