import type { BundleEntry } from './bundle-entries.ts';

/**
 * The bundle targets. Size: what every Lambda's cold start reads (its entry and the chunks that
 * imports statically; bundles are code-split, infra/bundling/lambda-bundle.ts) at most 450 KiB. Cold import: an HTTP capability's
 * median at most 1.15 times the floor's (floor-entry.ts) measured in the same run — a ratio, not
 * milliseconds, so the target means the same on a laptop, a shared CI core and Lambda's 1024 MB.
 * Only the HTTP capabilities carry it: a user waits on their cold start; the workflow, schedule
 * and Cognito-trigger functions run in the background, where a slower init keeps no one waiting.
 */
export const MAX_BUNDLE_KIB = 450;
export const MAX_COLD_IMPORT_X_FLOOR = 1.15;

export type TargetVerdict =
  /** The floor and the reference carry no target. */
  | { readonly applies: false }
  /** `missed` names the targets missed (`size`, `cold import`); empty when all that apply are met. */
  | { readonly applies: true; readonly coldImportChecked: boolean; readonly missed: readonly string[] };

export const judgeTargets = (entry: BundleEntry, kib: number, xFloor: number): TargetVerdict => {
  if (entry.kind !== 'function') return { applies: false };
  const missed: string[] = [];
  if (kib > MAX_BUNDLE_KIB) missed.push('size');
  if (entry.http && xFloor > MAX_COLD_IMPORT_X_FLOOR) missed.push('cold import');
  return { applies: true, coldImportChecked: entry.http, missed };
};
