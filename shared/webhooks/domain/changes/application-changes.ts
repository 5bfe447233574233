import * as z from 'zod';
import { applicationSchema } from '../../../applications/application-schema.ts';
import type { WebhookEvent } from '../../webhook-event-schema.ts';
import { changeEventId } from './change-event-id.ts';
import type { ItemChange } from './item-change.ts';

/**
 * What an event needs of a stored application, read with the applications' own field schemas; the
 * rest (answers, the applicant) is left unread, so a change never carries it.
 */
const storedApplication = z.object(
  applicationSchema.pick({
    id: true,
    programmeId: true,
    seasonId: true,
    stage: true,
    track: true,
    submittedAt: true,
    updatedAt: true,
    version: true,
  }).shape,
);

/**
 * A move of an application: `application.submitted` when it left the draft by submission (the
 * change that set `submittedAt`), `application.stage-changed` for any other change of stage.
 * Writes that keep the stage (a track override, the counters' bookkeeping) are no event, and
 * neither is a new draft.
 */
export const applicationEvents = (change: ItemChange): WebhookEvent[] => {
  if (change.kind !== 'MODIFY' || change.before === undefined || change.after === undefined) return [];
  const before = storedApplication.parse(change.before);
  const after = storedApplication.parse(change.after);
  if (before.stage === after.stage) return [];
  const base = { programmeId: after.programmeId, seasonId: after.seasonId };
  const track = after.track?.track ?? null;
  if (before.submittedAt === undefined && after.submittedAt !== undefined) {
    return [
      {
        ...base,
        type: 'application.submitted',
        id: changeEventId('application.submitted', after.id, after.version),
        occurredAt: after.submittedAt,
        data: { applicationId: after.id, stage: after.stage, track },
      },
    ];
  }
  return [
    {
      ...base,
      type: 'application.stage-changed',
      id: changeEventId('application.stage-changed', after.id, after.version),
      occurredAt: after.updatedAt,
      data: { applicationId: after.id, from: before.stage, to: after.stage, track },
    },
  ];
};
