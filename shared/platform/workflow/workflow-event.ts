import * as z from 'zod';

/**
 * What a Task state sends (see infra/workflows/*.asl.json): `{ task, input: $ }`, plus whatever
 * static fields the state adds (e.g. `workflow` on RecordFailure).
 */
export const workflowEventSchema = z.object({
  task: z.string(),
  input: z.unknown(),
  workflow: z.string().optional(),
  /** The execution name, when the state passes `$$.Execution.Name`; makes failure records exact. */
  execution: z.string().optional(),
});
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;
