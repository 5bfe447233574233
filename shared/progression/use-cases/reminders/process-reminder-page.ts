import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import type { GatePageCounts, GateRun, ShardProgress } from '../../gate-run-schema.ts';
import { stageOf } from '../../../catalogue/domain/pipeline/pipeline-stages.ts';
import { reminderMail } from '../../mail/reminder-mail.ts';
import type { GateDependencies } from '../gates/gate-dependencies.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../../platform/workflow/settle-in-parallel.ts';
import { shardTotal } from '../gates/shard-total.ts';

type ReminderOutcome = 'queued' | 'already-queued' | 'cap-reached' | 'no-address' | 'consent-withdrawn' | 'not-configured' | 'left-stage';

export type ReminderPageDependencies = Pick<
  GateDependencies,
  'applications' | 'applicants' | 'mailQueue' | 'stagePages' | 'gateRuns' | 'clock'
>;

const AT_ONCE = 10;

/** One reminder per application, stage and offset, whoever queues it how often. */
export const reminderMailId = (applicationId: string, stage: string, hoursBefore: number): string =>
  `reminder#${applicationId}#${stage}#${hoursBefore}h`;
/** The cap counts every reminder of one person in one season, across windows and offsets. */
export const reminderCapId = (applicantId: string, seasonId: string): string => `reminders#${applicantId}#${seasonId}`;

const remind = async (
  deps: ReminderPageDependencies,
  run: GateRun,
  programme: Programme,
  season: Season,
  applicationId: string,
): Promise<ReminderOutcome> => {
  const reminder = run.reminder;
  const reminders = programme.settings.reminders;
  // The programme stopped reminding after the job was planned: its staff's latest word holds.
  if (reminder === undefined || reminders === undefined) return 'not-configured';
  // The index may lag a move by a moment: the application itself says whether it is still in the stage.
  const application = await deps.applications.find(applicationId);
  if (application === undefined || application.stage !== run.from || application.seasonId !== season.id) return 'left-stage';
  const [applicant, stopped] = await Promise.all([
    deps.applicants.find(application.applicantId, {
      referenceDate: season.referenceDate,
      guardianConsentBelowAge: programme.settings.eligibility.guardianConsentBelowAge,
    }),
    deps.applicants.processingStopped([application.applicantId]),
  ]);
  // A person who withdrew consent to personal-data processing is not written to with their own address.
  if (stopped.size > 0) return 'consent-withdrawn';
  if (applicant?.email === undefined) return 'no-address';
  const mail = reminderMail({
    to: applicant.email,
    language: application.language,
    programmeName: programme.settings.name,
    seasonTitle: season.title,
    applicationId,
    stageName: stageOf(programme.settings.pipeline, run.from)?.name ?? { ru: run.from, en: run.from },
    closesAt: reminder.closesAt,
  });
  return deps.mailQueue.enqueueCapped(
    { id: reminderMailId(applicationId, run.from, reminder.hoursBefore), seasonId: season.id, mail },
    { counterId: reminderCapId(application.applicantId, season.id), max: reminders.maxPerPersonPerSeason },
    deps.clock(),
  );
};

const countsOf = (outcomes: readonly ReminderOutcome[]): GatePageCounts => {
  const skippedReasons: Record<string, number> = {};
  for (const outcome of outcomes)
    if (outcome === 'cap-reached' || outcome === 'no-address' || outcome === 'consent-withdrawn' || outcome === 'not-configured')
      skippedReasons[`reminder-${outcome}`] = (skippedReasons[`reminder-${outcome}`] ?? 0) + 1;
  const moved = outcomes.filter((outcome) => outcome === 'queued' || outcome === 'already-queued').length;
  const alreadyMoved = outcomes.filter((outcome) => outcome === 'left-stage').length;
  return { seen: outcomes.length, moved, skipped: outcomes.length - moved - alreadyMoved, alreadyMoved, skippedReasons };
};

/**
 * The cohortGate machine's ProcessPage for a `remind` run: ONE page of one shard of the stage
 * index, each application still in the stage gets its reminder queued (capped per person per
 * season, in the same write), THEN the shard's checkpoint with the page's counts in one write.
 * Queuing first needs no `owed` list: a retry after a crash between the two queries the same page
 * again and every reminder already queued is `already-queued` (its id), never a second mail, and
 * the cap is not counted twice (the mail's put and the count are one transaction).
 * Counts: `moved` = reminders queued, `skipped` by reason (cap reached, no usable address, consent withdrawn),
 * `alreadyMoved` = left the stage meanwhile.
 */
export const processReminderPage = async (
  deps: ReminderPageDependencies,
  run: GateRun,
  catalogue: { readonly programme: Programme; readonly season: Season },
  shard: number,
  progress: ShardProgress,
  pageSize: number,
): Promise<{ readonly settledPage: number; readonly done: boolean }> => {
  if (progress.done) return { settledPage: progress.page, done: true };
  const [page, counted] = await Promise.all([
    deps.stagePages.page({ seasonId: run.seasonId, shard, stage: run.from, after: progress.after, limit: pageSize }),
    shardTotal(deps, run, shard, progress),
  ]);
  const outcomes = valuesOrFirstFailure(
    await settleInParallel(page.applicationIds, AT_ONCE, (applicationId) =>
      remind(deps, run, catalogue.programme, catalogue.season, applicationId),
    ),
  );
  const next: ShardProgress = {
    page: progress.page + 1,
    done: page.lastSortKey === undefined,
    ...(page.lastSortKey === undefined ? {} : { after: page.lastSortKey }),
    owed: [],
  };
  const written = await deps.gateRuns.checkpoint(
    run,
    shard,
    progress.page,
    next,
    { ...countsOf(outcomes), counted },
    deps.clock().toISOString(),
  );
  // Another execution checkpointed this page first: its counts stand, and ours are the same reminders (already queued).
  return written === 'written' ? { settledPage: next.page, done: next.done } : { settledPage: progress.page, done: false };
};
