import * as z from 'zod';
import { releaseSchema } from '../../../releases/release-schema.ts';
import type { WebhookEvent } from '../../webhook-event-schema.ts';
import { changeEventId } from './change-event-id.ts';
import type { ItemChange } from './item-change.ts';

/** What an event needs of a stored release: its ids, never the fields it released. */
const storedRelease = z.object(
  releaseSchema.pick({ id: true, programmeId: true, seasonId: true, applicationId: true, organisationId: true, releasedAt: true }).shape,
);

/**
 * `release.available` when a finalist's data is released to an organisation (a release is written
 * once and never changed), named for that organisation, the one partner entitled to hear of it. It
 * says only that there is something to read: the organisation reads it through the API, where
 * every read is checked and logged.
 */
export const releaseEvents = (change: ItemChange): WebhookEvent[] => {
  if (change.kind !== 'INSERT' || change.after === undefined) return [];
  const release = storedRelease.parse(change.after);
  return [
    {
      type: 'release.available',
      id: changeEventId('release.available', release.id),
      occurredAt: release.releasedAt,
      programmeId: release.programmeId,
      seasonId: release.seasonId,
      organisationId: release.organisationId,
      data: { releaseId: release.id, applicationId: release.applicationId },
    },
  ];
};
