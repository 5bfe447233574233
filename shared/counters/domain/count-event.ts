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

/** An event that happened to an application, as a rebuild finds it stored (a submitted review, an issued or revoked certificate). */
export interface EventFact {
  readonly event: CountedEvent;
  readonly subject: string;
  readonly at: string;
}

/** An application's whole event contribution, under the region it has now (events are counted under it as they happen). */
export const countApplicationEvents = (region: string | undefined, facts: readonly EventFact[]): readonly EventCounterAdds[] => {
  const adds: Record<string, number> = {};
  for (const fact of facts) {
    for (const [name, value] of Object.entries(countEvent(fact.event, fact.subject, region, fact.at).adds))
      adds[name] = (adds[name] ?? 0) + value;
  }
  return Object.keys(adds).length === 0 ? [] : [{ region: region ?? NO_VALUE, adds }];
};
