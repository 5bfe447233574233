import { eventAttribute, eventInQuarterAttribute } from './counted-attributes.ts';
import { moscowQuarterOf } from './moscow-quarter.ts';
import { NO_VALUE, type CountedEvent } from './season-counts.ts';

/** The adds of one event counter item (one per shard, generation and region). */
export interface EventCounterAdds {
  readonly region: string;
  readonly adds: Readonly<Record<string, number>>;
}

/** One event of an application's (a review completed, a certificate issued or revoked), counted once. */
export const countEvent = (event: CountedEvent, subject: string, region: string | undefined, at: string): EventCounterAdds => ({
  region: region ?? NO_VALUE,
  adds: { [eventAttribute(event, subject)]: 1, [eventInQuarterAttribute(event, subject, moscowQuarterOf(at))]: 1 },
});
