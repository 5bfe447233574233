import * as z from 'zod';
import { TRANSITION_ACTORS } from '../../catalogue/domain/config/pipeline-schema.ts';
import { localIdSchema } from '../../platform/identifiers/identifiers.ts';
import { uuidSchema } from '../../platform/identifiers/identifiers.ts';

/**
 * The input of the applicationTransition state machine (infra/workflows/application-transition.asl.json):
 * move `applicationId` from `from` to `to` on behalf of `actor`. `from` is the stage the requester
 * saw: if the application has left it, the execution is a reported no-op, so a late or repeated
 * start never moves an application twice.
 */
export const transitionRequestSchema = z.strictObject({
  applicationId: uuidSchema,
  from: localIdSchema,
  to: localIdSchema,
  actor: z.enum(TRANSITION_ACTORS),
  /** Who, within the actor kind (a staff member's sub); recorded in the history. */
  actorId: z.string().min(1).max(200).optional(),
  reason: z.string().max(2000).optional(),
});
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;
