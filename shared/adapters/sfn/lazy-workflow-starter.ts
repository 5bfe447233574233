import { once } from '../../platform/wiring/once.ts';
import type { WorkflowStarter } from '../../platform/workflow/workflow-starter.ts';

/**
 * A Step Functions WorkflowStarter for a function whose every path but a few never starts a
 * workflow (the applications function's transition and gate routes, the programmes function's
 * season opening): the adapter and the Step Functions SDK client are loaded and built at the first
 * start or describe, not at cold start, and then kept for the container. SFN_ENDPOINT is read then.
 */
export const lazySfnWorkflowStarter = (): WorkflowStarter => {
  const starter = once(async () => {
    const [{ SfnWorkflowStarter }, { sfnClient }] = await Promise.all([import('./sfn-workflow-starter.ts'), import('./sfn-client.ts')]);
    return new SfnWorkflowStarter(sfnClient);
  });
  return {
    start: async (request) => (await starter()).start(request),
    describe: async (request) => (await starter()).describe(request),
  };
};
