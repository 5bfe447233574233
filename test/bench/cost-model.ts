import type { GateMeasurement } from './gate-bench.ts';
import { PRICES } from './prices.ts';

/** The work of a Standard-machine job the bench counted: what the cost model prices. */
export type CountedWork = Pick<GateMeasurement, 'size' | 'transitions' | 'invocations' | 'billedMs' | 'readUnits' | 'writeUnits' | 'mails'>;

export interface CostLine {
  readonly item: string;
  /** The counted quantity per 1,000 applications. */
  readonly per1000: number;
  readonly unit: string;
  readonly usd: number;
}

/**
 * What a gate (or a review assignment run) costs in AWS per 1,000 applications it went through, from the work the bench
 * counted (never from local timings, except Lambda duration, which has no other source): Standard
 * state transitions from the execution history, Lambda requests and GB-seconds from the timed
 * invocations × the workflow function's configured memory, DynamoDB units from the capacity meter,
 * and the mails handed to SES (or queued for it).
 */
export const costPer1000 = (measurement: CountedWork, memoryMb: number): readonly CostLine[] => {
  const scale = 1000 / measurement.size;
  const gbSeconds = (measurement.billedMs / 1000) * (memoryMb / 1024);
  const line = (item: string, quantity: number, unit: string, price: number): CostLine => ({
    item,
    per1000: quantity * scale,
    unit,
    usd: quantity * scale * price,
  });
  return [
    line('Step Functions Standard', measurement.transitions, 'state transitions', PRICES.standardTransitionUsd),
    line('Lambda requests', measurement.invocations, 'invocations', PRICES.lambdaRequestUsd),
    line(`Lambda duration (${memoryMb} MB arm64)`, gbSeconds, 'GB-s', PRICES.lambdaArmGbSecondUsd),
    line('DynamoDB reads', measurement.readUnits, 'RRU', PRICES.dynamoDbReadUnitUsd),
    line('DynamoDB writes', measurement.writeUnits, 'WRU', PRICES.dynamoDbWriteUnitUsd),
    line('SES', measurement.mails, 'mails', PRICES.sesMailUsd),
  ];
};

/**
 * The same moves made one by one through the applicationTransition Express machine instead of a
 * gate, for comparison: one Express request each (its duration and the same Lambda and DynamoDB
 * work come on top), against the gate's Standard transitions.
 */
export const expressRequestsPer1000Usd = (): number => 1000 * PRICES.expressRequestUsd;
