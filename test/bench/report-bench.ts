import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { stageCounterUpdate } from '../../shared/adapters/dynamodb/dynamodb-season-counts-writes.ts';
import { REGION_CODES } from '../../shared/applicants/domain/profile/region-codes.ts';
import { countApplication } from '../../shared/counters/domain/count-application.ts';
import type { CountedEvent, StageCounterAdds } from '../../shared/counters/domain/counted-application.ts';
import { applicationShard } from '../../shared/platform/keys/keys.ts';
import type { ApiEventInit, HandlerResponse } from '../support/api-event.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import type { MeteredRequest } from './capacity-meter.ts';

/**
 * What reading a season's funnel costs as the season grows: ПроКадры seasons of 1,000, 10,000 and
 * 100,000 applications whose counters hold what those applications' moves would have left there (each
 * application's contribution computed by the counters' own countApplication, from a made-up way
 * through the pipeline, in every region), then the funnel read by staff through the reports
 * function, metered. The reads are bounded by shards × regions × stages, never by applications.
 */
export interface FunnelReadMeasurement {
  readonly applications: number;
  readonly counterItems: number;
  readonly requests: readonly MeteredRequest[];
  readonly ms: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TRACKS = ['beginner', 'young', 'pro'] as const;

/** Ten ways through ПроКадры, one per application in turn: drafts, refusals, withdrawals, both internships. */
const WAYS: readonly (readonly string[])[] = [
  ['application'],
  ['application', 'screening', 'not-selected'],
  ['application', 'screening'],
  ['application', 'screening', 'education'],
  ['application', 'screening', 'education', 'withdrawn'],
  ['application', 'screening', 'education', 'interview'],
  ['application', 'screening', 'education', 'interview', 'regional-internship'],
  ['application', 'screening', 'education', 'interview', 'regional-internship', 'closing', 'completed'],
  ['application', 'screening', 'education', 'interview', 'federal-interview'],
  ['application', 'screening', 'education', 'interview', 'federal-interview', 'federal-internship', 'closing'],
];

const contribution = (index: number, createdAt: number): readonly StageCounterAdds[] => {
  const way = WAYS[index % WAYS.length] ?? ['application'];
  const history: CountedEvent[] = way.slice(1).map((toStage, step) => ({
    at: new Date(createdAt + (step + 1) * (3 + (index % 40)) * DAY_MS).toISOString(),
    version: step + 2,
    fromStage: way[step],
    toStage,
  }));
  const submitted = way.length > 1;
  return countApplication(
    {
      stage: way.at(-1) ?? 'application',
      createdAt: new Date(createdAt).toISOString(),
      ...(submitted
        ? { region: REGION_CODES[index % REGION_CODES.length]?.code, track: { track: TRACKS[index % TRACKS.length] ?? 'young' } }
        : {}),
      stageEnteredAt: history.at(-1)?.at ?? new Date(createdAt).toISOString(),
    },
    history,
  );
};

/** The season's counter items as `applications` applications leave them, written once each (ADDs into generation 0). */
const seedCounters = async (client: DynamoDBDocumentClient, tableName: string, seasonId: string, applications: number): Promise<number> => {
  const items = new Map<string, { shard: number; region: string; stage: string; adds: Record<string, number> }>();
  const start = Date.parse('2027-05-01T09:00:00+03:00');
  for (let index = 0; index < applications; index += 1) {
    const shard = applicationShard(randomUUID());
    for (const added of contribution(index, start + (index % 90) * DAY_MS)) {
      const key = `${shard}#${added.region}#${added.stage}`;
      const item = items.get(key) ?? { shard, region: added.region, stage: added.stage, adds: {} };
      for (const [attribute, value] of Object.entries(added.adds)) item.adds[attribute] = (item.adds[attribute] ?? 0) + value;
      items.set(key, item);
    }
  }
  const all = [...items.values()];
  for (let offset = 0; offset < all.length; offset += 50) {
    await Promise.all(
      all
        .slice(offset, offset + 50)
        .map((item) => client.send(new UpdateCommand(stageCounterUpdate(tableName, seasonId, item.shard, 0, item).Update))),
    );
  }
  return all.length;
};

export const benchFunnelReads = async (
  context: {
    readonly client: DynamoDBDocumentClient;
    readonly tableName: string;
    readonly meter: { readonly take: () => MeteredRequest[] };
    readonly callReports: (init: ApiEventInit) => Promise<HandlerResponse>;
  },
  sizes: readonly number[],
): Promise<FunnelReadMeasurement[]> => {
  const measurements: FunnelReadMeasurement[] = [];
  for (const applications of sizes) {
    const { programmeId, seasonId } = await seedOpenSeason(context.client, context.tableName, { prefix: 'bench-funnel' });
    const counterItems = await seedCounters(context.client, context.tableName, seasonId, applications);
    const request: ApiEventInit = {
      method: 'GET',
      route: '/seasons/{seasonId}/reports/funnel',
      pathParameters: { seasonId },
      claims: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    };
    // The first read warms the container's catalogue cache (the season and its programme); the second is the counters' read alone.
    await context.callReports(request);
    context.meter.take();
    const started = performance.now();
    const answer = await context.callReports(request);
    const ms = performance.now() - started;
    if (answer.status !== 200 || answer.body['status'] !== 'ready')
      throw new Error(`The bench's funnel read failed: ${JSON.stringify(answer.body)}`);
    const entered = (answer.body['stages'] as { stage: string; entered: number }[]).find((stage) => stage.stage === 'application')?.entered;
    if (entered !== applications) throw new Error(`The funnel counts ${entered} applications of ${applications}`);
    measurements.push({ applications, counterItems, requests: context.meter.take().filter((metered) => metered.origin === undefined), ms });
  }
  return measurements;
};

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const printFunnelReads = (measurements: readonly FunnelReadMeasurement[]): void => {
  console.log('\nReading a season’s funnel (GET …/reports/funnel, warm container), by the number of applications\n');
  const rows = measurements.map((m) => [
    number(m.applications),
    number(m.counterItems),
    number(m.requests.length),
    number(
      m.requests.reduce((sum, request) => sum + request.readUnits, 0),
      1,
    ),
    number(m.ms, 1),
  ]);
  const header = ['applications', 'counter items', 'DynamoDB requests', 'RRU', 'ms'];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join(' | ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    '  One Query per counter shard (16), paged past 1 MB: bounded by shards × regions × stages, whatever the number of applications.',
  );
};
