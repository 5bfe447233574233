import type { Pipeline, Stage } from '../config/pipeline-schema.ts';

/** Lookups on a programme's pipeline that every application rule needs. */

/** The stage new applications start in; a programme's config always has exactly one (catalogue checks). */
export const initialStage = (pipeline: Pipeline): Stage => {
  const stage = pipeline.stages.find((candidate) => candidate.initial === true);
  if (stage === undefined) throw new Error('The pipeline has no initial stage (the catalogue should have refused it)');
  return stage;
};

export const stageOf = (pipeline: Pipeline, stageId: string): Stage | undefined => pipeline.stages.find((stage) => stage.id === stageId);

/** Position in the declared order, which is the order an application passes the stages. */
export const stageIndex = (pipeline: Pipeline, stageId: string): number => pipeline.stages.findIndex((stage) => stage.id === stageId);
