import { once } from '../../platform/wiring/once.ts';
import type { WorkflowStarter } from '../../platform/workflow/workflow-starter.ts';

/**
 * A Step Functions WorkflowStarter for a function whose every path but a few never starts a
 * workflow (the applications function's transition and gate routes, the programmes function's
 * season opening): the adapter and its SDK client are loaded and built at the first start or
 * describe, not at cold start nor at the first call of a route that only holds the starter, and
 * then kept for the container; SFN_ENDPOINT is read then. Lambdas are built code-split
 * (infra/bundling/lambda-bundle.ts), so the `import()` leaves the client in a chunk of its own.
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
