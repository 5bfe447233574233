import * as z from 'zod';
import { nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { isoDate } from '../platform/time/iso-date-time.ts';
import { freeText } from '../platform/text/free-text.ts';
import { statusAt } from './domain/placements/placement-steps.ts';
import type { OfferFacts } from './ports/offer-facts.ts';
import { PLACEMENT_STATUSES, placementSchema, type Placement } from './placement-schema.ts';

/** What a placement's reader sees of its offer. */
export const placementOfferSchema = z.strictObject({
  title: nameSchema,
  hostName: nameSchema,
  startsOn: isoDate(),
  endsOn: isoDate(),
  city: freeText({ max: 120 }).optional(),
});

/**
 * A placement as its applicant, its host's people and staff read it. `status` is as of the read:
 * an offer past its answer deadline reads `expired` at once, whether or not the calendar's tick
 * has given its seat back yet.
 */
export const placementViewSchema = placementSchema.omit({ programmeId: true, applicantId: true, runId: true }).extend({
  status: z.enum(PLACEMENT_STATUSES),
  offer: placementOfferSchema.optional().describe('The offer as it reads now; absent if it is gone.'),
});
export type PlacementView = z.infer<typeof placementViewSchema>;

export const toPlacementView = (placement: Placement, offer: OfferFacts | undefined, now: Date): PlacementView => {
  const { programmeId: _programme, applicantId: _applicant, runId: _run, ...rest } = placement;
  return {
    ...rest,
    status: statusAt(placement, now),
    ...(offer === undefined
      ? {}
      : {
          offer: {
            title: offer.title,
            hostName: offer.hostName,
            startsOn: offer.startsOn,
            endsOn: offer.endsOn,
            ...(offer.city === undefined ? {} : { city: offer.city }),
          },
        }),
  };
};
