import * as z from 'zod';
import { certificateSchema } from '../../../certificates/certificate-schema.ts';
import type { WebhookEvent } from '../../webhook-event-schema.ts';
import { changeEventId } from './change-event-id.ts';
import type { ItemChange } from './item-change.ts';

const { achievement, revocation } = certificateSchema.shape;

/**
 * What an event needs of a stored certificate: ids, status and times, never the holder's name, the
 * credential or the revocation's reason, nor the achievement's texts (free text stored before it was
 * checked as it is now would fail a record that has nothing to do with them).
 */
const storedCertificate = z.object({
  ...certificateSchema.pick({
    id: true,
    programmeId: true,
    seasonId: true,
    applicationId: true,
    status: true,
    issuedAt: true,
    updatedAt: true,
    version: true,
  }).shape,
  achievement: z.object({ id: achievement.shape.id }),
  revocation: z.object({ at: revocation.unwrap().shape.at }).optional(),
});

/**
 * `certificate.issued` when a certificate became issued (signed and published by the issuer), and
 * `certificate.revoked` when it became revoked. Its request and the issuer's preparations before
 * signing (number, status list slot) are no event.
 */
export const certificateEvents = (change: ItemChange): WebhookEvent[] => {
  if (change.after === undefined || (change.kind !== 'INSERT' && change.kind !== 'MODIFY')) return [];
  const after = storedCertificate.parse(change.after);
  const previousStatus = change.before === undefined ? undefined : storedCertificate.parse(change.before).status;
  if (previousStatus === after.status) return [];
  const base = { programmeId: after.programmeId, seasonId: after.seasonId };
  const data = { certificateId: after.id, applicationId: after.applicationId, achievementId: after.achievement.id };
  switch (after.status) {
    case 'issued':
      return [
        {
          ...base,
          type: 'certificate.issued',
          id: changeEventId('certificate.issued', after.id, after.version),
          occurredAt: after.issuedAt ?? after.updatedAt,
          data,
        },
      ];
    case 'revoked':
      return [
        {
          ...base,
          type: 'certificate.revoked',
          id: changeEventId('certificate.revoked', after.id, after.version),
          occurredAt: after.revocation?.at ?? after.updatedAt,
          data,
        },
      ];
    case 'requested':
      return [];
  }
};
