import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../../platform/workflow/workflow-failure-text.ts';
import type { ScoreExportDependencies } from './score-export-dependencies.ts';

/** The scoreExport machine's RecordFailure task: a page or a step failed after its retries; staff see why and start a new export. */
export const failScoreExport = async (
  deps: Pick<ScoreExportDependencies, 'scoreExports' | 'clock'>,
  position: { readonly exportId: string; readonly seasonId: string },
  failure: { readonly error: string; readonly cause?: string | undefined },
): Promise<void> => {
  const at = deps.clock().toISOString();
  await deps.scoreExports.fail(
    { seasonId: position.seasonId, id: position.exportId },
    {
      at,
      error: failure.error.slice(0, MAX_WORKFLOW_ERROR_LENGTH),
      ...(failure.cause === undefined ? {} : { cause: failure.cause.slice(0, MAX_WORKFLOW_CAUSE_LENGTH) }),
    },
    at,
  );
};
