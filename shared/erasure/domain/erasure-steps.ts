/**
 * An erasure's steps, in the order the eraser runs them, each checkpointed on the request when it
 * ends and each idempotent, so an erasure interrupted anywhere resumes at the step it was in.
 * Records naming the person in other people's items go first (`links`), while the person's own
 * records still say where to look; their own partitions go last but one (`records`), then the
 * account, then the receipt, whose address is the last personal datum the request holds.
 */
export const ERASURE_STEPS = ['inventory', 'links', 'objects', 'mail', 'records', 'account', 'receipt'] as const;
export type ErasureStep = (typeof ERASURE_STEPS)[number];

export const nextErasureStep = (done: readonly ErasureStep[]): ErasureStep | undefined =>
  ERASURE_STEPS.find((step) => !done.includes(step));

/** What the audit counts, per kind of record removed or redacted. */
export const ERASED_KINDS = [
  'applicantRecords',
  'applicationRecords',
  'documentObjects',
  'certificateFiles',
  'mails',
  'teamMemberships',
  'relations',
  'rankings',
  'mentoringPairs',
  'mentoringSessions',
  'certificates',
  'disclosures',
  'releases',
  'interviewSeats',
  'internshipSeats',
  'account',
] as const;
export type ErasedKind = (typeof ERASED_KINDS)[number];
export type ErasedCounts = Partial<Record<ErasedKind, number>>;

export const addCounts = (a: ErasedCounts, b: ErasedCounts): ErasedCounts => {
  const sum: ErasedCounts = { ...a };
  for (const [kind, count] of Object.entries(b) as [ErasedKind, number][]) sum[kind] = (sum[kind] ?? 0) + count;
  return sum;
};
