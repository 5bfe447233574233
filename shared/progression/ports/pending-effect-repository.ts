import * as z from 'zod';
import { TRANSITION_EFFECTS } from '../../catalogue/domain/config/pipeline-schema.ts';

/**
 * An effect of a transition that no capability carries out yet (issueCertificate,
 * releaseDataToRegion, releaseDataToPartner, requestRecommendationLetter: later issues). It is
 * recorded, not dropped, so staff see what is owed and the capability that implements it later
 * finds its backlog.
 */
export const pendingEffectSchema = z.strictObject({
  applicationId: z.string().min(1),
  effect: z.enum(TRANSITION_EFFECTS),
  fromStage: z.string(),
  toStage: z.string(),
  /** The application's version after the move the effect follows: one record per move and effect. */
  version: z.int().min(1),
  status: z.literal('pending'),
  note: z.string(),
  at: z.iso.datetime(),
});
export type PendingEffect = z.infer<typeof pendingEffectSchema>;

export interface PendingEffectRepository {
  /** Idempotent: the same effect of the same move is recorded once. */
  record(effect: PendingEffect): Promise<void>;
  /** Oldest move first. */
  listForApplication(applicationId: string): Promise<readonly PendingEffect[]>;
}
