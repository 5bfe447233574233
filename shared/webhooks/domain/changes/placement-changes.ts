import * as z from 'zod';
import { placementSchema } from '../../../internships/placement-schema.ts';
import type { WebhookEvent } from '../../webhook-event-schema.ts';
import { changeEventId } from './change-event-id.ts';
import type { ItemChange } from './item-change.ts';

/** What an event needs of a stored placement (no reasons, reports or scores: they stay unread). */
const storedPlacement = z.object(
  placementSchema.pick({
    id: true,
    programmeId: true,
    seasonId: true,
    applicationId: true,
    offerId: true,
    hostOrganisation: true,
    stage: true,
    status: true,
    history: true,
    offeredAt: true,
    version: true,
  }).shape,
);

/**
 * `placement.changed` for a new placement (an offer a matching run made) and for every change of a
 * placement's status (an answer, the host's step, an expiry), named for the host organisation, the
 * one partner entitled to hear of it. A change that keeps the status (the host's evaluation) is no event.
 */
export const placementEvents = (change: ItemChange): WebhookEvent[] => {
  if (change.after === undefined || (change.kind !== 'INSERT' && change.kind !== 'MODIFY')) return [];
  const after = storedPlacement.parse(change.after);
  const previousStatus = change.before === undefined ? null : storedPlacement.parse(change.before).status;
  if (previousStatus === after.status) return [];
  return [
    {
      type: 'placement.changed',
      id: changeEventId('placement.changed', after.id, after.version),
      // The step that made this status is the history's last entry.
      occurredAt: after.history.at(-1)?.at ?? after.offeredAt,
      programmeId: after.programmeId,
      seasonId: after.seasonId,
      organisationId: after.hostOrganisation,
      data: {
        placementId: after.id,
        applicationId: after.applicationId,
        offerId: after.offerId,
        stage: after.stage,
        status: after.status,
        previousStatus,
      },
    },
  ];
};
