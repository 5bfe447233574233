import { once } from '../../platform/wiring/once.ts';
import type { WorkflowStarter } from '../../platform/workflow/workflow-starter.ts';
import { sfnClient } from './sfn-client.ts';
import { SfnWorkflowStarter } from './sfn-workflow-starter.ts';

/**
 * A Step Functions WorkflowStarter for a function whose every path but a few never starts a
 * workflow (the applications function's transition and gate routes, the programmes function's
 * season opening): the adapter and its SDK client are built at the first start or describe, not at
 * cold start, and then kept for the container; SFN_ENDPOINT is read then.
 *
 * Built late, not loaded late: in Lambda's one-file bundle an `await import()` of the adapter
 * still ships the module, only wrapped for lazy evaluation, which keeps esbuild from tree-shaking
 * the SDK client behind it. Measured (npm run bench): +24 KiB per bundle for no cold-import gain
 * beyond the noise, so the module is imported statically.
 */
export const lazySfnWorkflowStarter = (): WorkflowStarter => {
  const starter = once(() => new SfnWorkflowStarter(sfnClient));
  return {
    start: async (request) => starter().start(request),
    describe: async (request) => starter().describe(request),
  };
};
