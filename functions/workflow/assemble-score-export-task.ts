import { assembleScoreExport } from '../../shared/reviews/use-cases/score-export/assemble-score-export.ts';
import { scoreExportStateSchema } from './score-export-state.ts';
import type { WorkflowEvent } from './workflow-event.ts';
import type { WorkflowWiring } from './wiring.ts';

/** AssemblePart: one part of the file; MoreParts loops on `done`. */
export const assembleScoreExportTask = async (deps: WorkflowWiring, event: WorkflowEvent) =>
  assembleScoreExport(await deps.scoreExport(), scoreExportStateSchema.parse(event.input), deps.scoreExportPartBytes);
