import * as z from 'zod';
import { TRANSITION_EFFECTS } from '../../shared/catalogue/domain/config/pipeline-schema.ts';
import { transitionRequestSchema } from '../../shared/progression/ports/transition-request.ts';

/**
 * The applicationTransition state as its tasks read it: the request the execution started with
 * plus what earlier states added (`validated`, `applied`, `error`); other fields are ignored.
 */
export const transitionStateSchema = z.object(transitionRequestSchema.shape);

const moveSchema = z.object({ version: z.int().min(1), effects: z.array(z.enum(TRANSITION_EFFECTS)) });

/** Effects run for the version Apply wrote, or the one Validate found already applied. */
export const effectsStateSchema = transitionStateSchema.extend({
  validated: moveSchema.extend({ outcome: z.enum(['proceed', 'already-applied']) }),
  applied: z.object({ outcome: z.literal('written'), version: z.int().min(1) }).optional(),
});

export const applyStateSchema = transitionStateSchema.extend({ validated: moveSchema.extend({ outcome: z.literal('proceed') }) });

/** A Catch with `ResultPath: $.error` puts Step Functions' error object here. */
export const failedTransitionStateSchema = transitionStateSchema.extend({
  error: z.object({ Error: z.string(), Cause: z.string().optional() }),
});
