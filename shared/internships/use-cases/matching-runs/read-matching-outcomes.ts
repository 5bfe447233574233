import * as z from 'zod';
import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { cursorJson, cursorOf } from '../../../platform/paging/cursor.ts';
import { invalidCursor } from '../../../platform/paging/paging-errors.ts';
import type { MatchingChunkPart } from '../../../platform/keys/keys.ts';
import {
  matchingAssignmentSchema,
  unfilledOfferSchema,
  unmatchedApplicantSchema,
  type MatchingAssignment,
  type UnfilledOffer,
  type UnmatchedApplicant,
} from '../../matching-outcome-schema.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';

export const OUTCOME_KINDS = ['unmatched', 'unfilled', 'assigned'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

const PART: Readonly<Record<OutcomeKind, MatchingChunkPart>> = { unmatched: 'UNMATCHED', unfilled: 'UNFILLED', assigned: 'ASSIGNED' };

/** The run's chunk a page starts at: the chunks are numbered, so the cursor is a number (inside the opaque wrapping). */
const chunkCursorSchema = z.strictObject({ chunk: z.int().min(0).max(100_000) });

export type OutcomePage =
  | { readonly kind: 'unmatched'; readonly items: readonly UnmatchedApplicant[]; readonly nextCursor?: string }
  | { readonly kind: 'unfilled'; readonly items: readonly UnfilledOffer[]; readonly nextCursor?: string }
  | { readonly kind: 'assigned'; readonly items: readonly MatchingAssignment[]; readonly nextCursor?: string };

/**
 * A run's explanations line by line, a chunk a page (at most 200 lines): the applicants it left
 * without a place and why (each with the explanation they can be given and what became of every
 * offer they ranked), the offers it left with seats and why, or its assignments. Optionally one
 * reason only (a page may then hold fewer lines: follow `nextCursor`). One GetItem a page.
 */
export const readMatchingOutcomes = async (
  deps: Pick<MatchingRunDependencies, 'staffedSeasons' | 'runs'>,
  identity: Identity,
  seasonId: string,
  runId: string,
  query: { readonly kind: OutcomeKind; readonly reason?: string | undefined; readonly cursor?: string | undefined },
): Promise<OutcomePage> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.runs.find(seasonId, runId);
  if (run === undefined) throw notFound('internship matching run');
  const parsed =
    query.cursor === undefined ? { success: true as const, data: { chunk: 0 } } : chunkCursorSchema.safeParse(cursorJson(query.cursor));
  if (!parsed.success) throw invalidCursor();
  const index = parsed.data.chunk;
  const count = run.chunks[query.kind];
  if (index > 0 && index >= count) throw invalidCursor();
  const lines = index < count ? ((await deps.runs.chunk(run.id, PART[query.kind], index)) ?? []) : [];
  const next = index + 1 < count ? { nextCursor: cursorOf({ chunk: index + 1 }) } : {};
  const keep = <T extends { readonly reason?: string }>(items: T[]): T[] =>
    query.reason === undefined ? items : items.filter((item) => item.reason === query.reason);
  if (query.kind === 'unmatched')
    return { kind: 'unmatched', items: keep(lines.map((line) => unmatchedApplicantSchema.parse(line))), ...next };
  if (query.kind === 'unfilled') return { kind: 'unfilled', items: keep(lines.map((line) => unfilledOfferSchema.parse(line))), ...next };
  return { kind: 'assigned', items: lines.map((line) => matchingAssignmentSchema.parse(line)), ...next };
};
