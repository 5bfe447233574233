import { assembleScoreExport } from '../../shared/reviews/use-cases/score-export/assemble-score-export.ts';
import { scoreExportStateSchema } from './score-export-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import type { ExportsWiring } from './wiring.ts';

/** AssemblePart: one part of the file; MoreParts loops on `done`. */
export const assembleScoreExportTask = async (deps: ExportsWiring, event: WorkflowEvent) =>
  assembleScoreExport(deps.scoreExport, scoreExportStateSchema.parse(event.input), deps.partBytes);
