import { parseCounterAttribute } from './counted-attributes.ts';
import { TIME_IN_STAGE_BUCKET_HOURS, type EventCount, type StageCount, type StageTime } from './season-counts.ts';

/** A stored counter item as read: its cell and its numeric attributes. */
export type StoredCounterItem =
  | { readonly kind: 'stage'; readonly region: string; readonly stage: string; readonly values: Readonly<Record<string, number>> }
  | { readonly kind: 'event'; readonly region: string; readonly values: Readonly<Record<string, number>> };

interface Merged {
  readonly stages: readonly StageCount[];
  readonly times: readonly StageTime[];
  readonly events: readonly EventCount[];
}

const BUCKETS = TIME_IN_STAGE_BUCKET_HOURS.length + 1;

/**
 * Sums the items of every shard into the read shape: one row per (stage, track, region, role) and
 * per (stage, region) with times, one per (event, subject, region); rows with nothing in them
 * (a counter moved up and back down) are left out.
 */
export const mergeCounterItems = (items: readonly StoredCounterItem[]): Merged => {
  const stages = new Map<
    string,
    { stage: string; track: string; region: string; role: string; now: number; entered: number; byQuarter: Record<string, number> }
  >();
  const times = new Map<string, { stage: string; region: string; buckets: number[]; moves: number; totalSeconds: number }>();
  const events = new Map<
    string,
    { event: EventCount['event']; subject: string; region: string; count: number; byQuarter: Record<string, number> }
  >();
  const stageRow = (stage: string, region: string, track: string, role: string) => {
    const key = `${stage}#${track}#${region}#${role}`;
    let row = stages.get(key);
    if (row === undefined) {
      row = { stage, track, region, role, now: 0, entered: 0, byQuarter: {} };
      stages.set(key, row);
    }
    return row;
  };
  const timeRow = (stage: string, region: string) => {
    const key = `${stage}#${region}`;
    let row = times.get(key);
    if (row === undefined) {
      row = { stage, region, buckets: new Array<number>(BUCKETS).fill(0), moves: 0, totalSeconds: 0 };
      times.set(key, row);
    }
    return row;
  };
  const eventRow = (event: EventCount['event'], subject: string, region: string) => {
    const key = `${event}#${subject}#${region}`;
    let row = events.get(key);
    if (row === undefined) {
      row = { event, subject, region, count: 0, byQuarter: {} };
      events.set(key, row);
    }
    return row;
  };

  for (const item of items) {
    for (const [name, value] of Object.entries(item.values)) {
      const attribute = parseCounterAttribute(name);
      if (attribute === undefined) continue;
      if (item.kind === 'stage') {
        if (attribute.kind === 'now') stageRow(item.stage, item.region, attribute.track, attribute.role).now += value;
        else if (attribute.kind === 'entered') stageRow(item.stage, item.region, attribute.track, attribute.role).entered += value;
        else if (attribute.kind === 'entered-in-quarter') {
          const row = stageRow(item.stage, item.region, attribute.track, attribute.role);
          row.byQuarter[attribute.quarter] = (row.byQuarter[attribute.quarter] ?? 0) + value;
        } else if (attribute.kind === 'time-bucket' && attribute.bucket < BUCKETS) {
          const row = timeRow(item.stage, item.region);
          row.buckets[attribute.bucket] = (row.buckets[attribute.bucket] ?? 0) + value;
        } else if (attribute.kind === 'moves-out') timeRow(item.stage, item.region).moves += value;
        else if (attribute.kind === 'seconds-in-stage') timeRow(item.stage, item.region).totalSeconds += value;
      } else if (attribute.kind === 'event') eventRow(attribute.event, attribute.subject, item.region).count += value;
      else if (attribute.kind === 'event-in-quarter') {
        const row = eventRow(attribute.event, attribute.subject, item.region);
        row.byQuarter[attribute.quarter] = (row.byQuarter[attribute.quarter] ?? 0) + value;
      }
    }
  }

  const withoutZeros = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== 0));
  return {
    stages: [...stages.values()]
      .filter((row) => row.now !== 0 || row.entered !== 0)
      .map((row) => ({ ...row, enteredByQuarter: withoutZeros(row.byQuarter) }))
      .map(({ byQuarter: _quarters, ...row }) => row),
    times: [...times.values()].filter((row) => row.moves !== 0),
    events: [...events.values()]
      .filter((row) => row.count !== 0)
      .map(({ byQuarter, ...row }) => ({ ...row, byQuarter: withoutZeros(byQuarter) })),
  };
};
