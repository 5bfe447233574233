import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import { stageOf } from '../../catalogue/domain/pipeline/pipeline-stages.ts';

/** The rubrics a programme scores its interviews with (a rubric of a stage of kind `interview`): what `interviewScores` may carry. */
export const interviewRubricsOf = (programme: Programme): string[] =>
  programme.settings.reviewRubrics
    .filter((rubric) => stageOf(programme.settings.pipeline, rubric.stage)?.kind === 'interview')
    .map((rubric) => rubric.id);
