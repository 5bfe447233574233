import * as z from 'zod';
import { TRANSITION_EFFECTS } from '../../catalogue/domain/config/pipeline-schema.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';
import { applicationIdSchema, localIdSchema } from '../../platform/identifiers/identifiers.ts';

/**
 * An effect of a transition that no capability carries out yet (issueCertificate: a later issue),
 * that found nothing to act on (requestRecommendationLetter where no mentor agreed to take the
 * application), or that the function running it does not. It is recorded, not dropped, so staff
 * see what is owed and the capability that implements it later finds its backlog.
 */
/** The most effects an application's list shows, the oldest first: its moves owe a few each. */
export const MAX_PENDING_EFFECTS_LISTED = 200;

export const pendingEffectSchema = z.strictObject({
  applicationId: applicationIdSchema,
  effect: z.enum(TRANSITION_EFFECTS),
  fromStage: localIdSchema,
  toStage: localIdSchema,
  /** The application's version after the move the effect follows: one record per move and effect. */
  version: z.int().min(1),
  status: z.literal('pending'),
  note: z.string().max(500),
  at: isoDateTime(),
});
export type PendingEffect = z.infer<typeof pendingEffectSchema>;

export interface PendingEffectRepository {
  /** Idempotent: the same effect of the same move is recorded once. */
  record(effect: PendingEffect): Promise<void>;
  /** Oldest move first. */
  listForApplication(applicationId: string): Promise<readonly PendingEffect[]>;
}
