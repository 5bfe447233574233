import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { verifiedRequirementIds } from '../../../documents/domain/verified-requirements.ts';
import { applicationWindowClosed, transitionRefused } from '../../../applications/application-errors.ts';
import { alreadySubmitted, applicationChanged, notEligible } from '../../progression-errors.ts';
import { toApplicationView, type ApplicationView } from '../../../applications/application-view.ts';
import { applicationWindowState } from '../../../applications/domain/application-window.ts';
import { assignApplicationTrack } from '../../../applications/domain/assign-application-track.ts';
import { checkEligibility } from '../../../applications/domain/check-eligibility.ts';
import { decideTransition } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import { moveApplication } from '../../../applications/domain/move-application.ts';
import type { ApplicationContext } from '../../../applications/domain/application-access.ts';
import { queuedReceipt } from './queued-receipt.ts';
import { recordInLineEffectFailure } from '../transitions/record-in-line-effect-failure.ts';
import { runTransitionEffects } from '../transitions/run-transition-effects.ts';
import type { ApplicationRequestDependencies } from '../transitions/transition-dependencies.ts';

type SubmitDependencies = Pick<
  ApplicationRequestDependencies,
  | 'applications'
  | 'applicationAccess'
  | 'applicants'
  | 'mailQueue'
  | 'pendingEffects'
  | 'recommendationLetters'
  | 'certificates'
  | 'dataReleases'
  | 'transitionFailures'
  | 'metrics'
  | 'clock'
>;

/** Rounds of "read, decide, conditional write" when a concurrent transaction got in the way. */
const ATTEMPTS = 3;

/**
 * The answer to a submit of an application that is already submitted: the same answer as the
 * first time for the same Idempotency-Key, 409 for any other key. The body is the application as
 * stored, which is the first answer's body unless staff have acted on it since. The receipt needs
 * nothing here: it was queued in the submission's own transaction.
 */
const replay = (context: ApplicationContext, key: string): ApplicationView => {
  const { application, programme } = context;
  if (application.submissionKey !== key) throw alreadySubmitted();
  return toApplicationView(application, programme.settings, { processingStopped: false, withholdContent: false });
};

/**
 * Submission: the pipeline's transition out of the initial stage by the applicant. Eligibility and
 * completeness are checked (every reason in one 422, nothing written), the rules assign a track,
 * region and language are copied from the profile, and one conditional transaction writes the
 * submitted application with its `submitted` event and its queued receipt, only if the
 * application is still the draft that was read. Idempotent by the Idempotency-Key, which is
 * stored on the application.
 *
 * Why the effects run in line rather than in the applicationTransition Express machine: the
 * receipt is queued inside the submission's transaction, so it exists exactly when the submission
 * does, without another request; the mail queue's drainer sends it. A machine started here would
 * add a StartExecution to the deadline's hottest path for nothing. Effects no capability carries
 * out yet are recorded as pending, like the machine does.
 *
 * Requests: one Query of the application's partition (the application and its documents), one
 * BatchGetItem of the applicant's profile and consent state, and the transaction. Programme and
 * season come from the catalogue cache.
 */
export const submitApplication = async (
  deps: SubmitDependencies,
  identity: Identity,
  applicationId: string,
  key: string,
): Promise<ApplicationView> => {
  for (let attempt = 1; ; attempt += 1) {
    const dossier = await deps.applications.findDossier(applicationId, { history: false });
    const context = await deps.applicationAccess.contextOf(identity, dossier?.application, ['owner']);
    const { application, programme, season } = context;
    const documents = dossier?.documents ?? [];
    if (application.submittedAt !== undefined) return replay(context, key);

    const settings = programme.settings;
    const decision = decideTransition(settings.pipeline, application, 'submit', 'applicant');
    if (!decision.allowed) throw transitionRefused(decision.code, decision.message);
    const now = deps.clock();
    const window = applicationWindowState(season.calendar, decision.from, now);
    if (!window.open) throw applicationWindowClosed(window.window?.opensAt ?? '-', window.window?.closesAt ?? '-');

    const applicant = await deps.applicants.find(application.applicantId, {
      referenceDate: season.referenceDate,
      guardianConsentBelowAge: settings.eligibility.guardianConsentBelowAge,
      participantRole: application.participantRole,
      preferredInternshipLevel: application.preferredInternshipLevel,
    });
    const at = now.toISOString();
    const track = applicant === undefined ? undefined : assignApplicationTrack(settings.trackRules, applicant.facts, application, at);
    const reasons = checkEligibility({
      settings,
      questions: season.questions,
      referenceDate: season.referenceDate,
      initialStage: decision.from,
      application,
      applicant,
      verifiedRequirements: verifiedRequirementIds(documents),
      track: track?.track,
      transition: decision.transition,
    });
    if (reasons.length > 0 || applicant === undefined) throw notEligible(reasons);

    const submitted = moveApplication(
      application,
      {
        from: decision.from,
        to: decision.to,
        at,
        actor: 'applicant',
        kind: 'submitted',
        note: track === undefined ? undefined : `track ${track.track} by rule ${track.rule ?? '-'}`,
      },
      {
        submittedAt: at,
        submissionKey: key,
        region: applicant.region,
        language: applicant.language,
        ...(track === undefined ? {} : { track }),
      },
    );
    const to = applicant.email ?? identity.email;
    const receipt =
      to === undefined || !decision.effects.includes('notifyApplicant')
        ? undefined
        : queuedReceipt({ application: submitted.application, programme, season, to });
    const outcome = await deps.applications.replace(
      submitted.application,
      application,
      submitted.event,
      { stage: decision.from, unsubmitted: true },
      { queueMail: receipt === undefined ? undefined : { mail: receipt, at: now } },
    );
    if (outcome === 'missing') throw notFound('application');
    if (outcome === 'written') {
      deps.metrics.applicationSubmitted(application.programmeId);
      deps.metrics.applicationMoved(application.programmeId, decision.to);
      // The submit transition's other effects through the same code the transition state machine
      // runs; its notifyApplicant (the receipt) already committed with the submission.
      const move = { from: decision.from, to: decision.to, version: submitted.application.version };
      await runTransitionEffects(
        deps,
        { application: submitted.application, programme, season, move, address: to },
        decision.effects.filter((effect) => receipt === undefined || effect !== 'notifyApplicant'),
      ).catch((error: unknown) =>
        // The submission (and its receipt) stands; the effects that failed are recorded for staff to retry.
        recordInLineEffectFailure(deps, { application: submitted.application, move }, error),
      );
      return toApplicationView(submitted.application, settings, { processingStopped: false, withholdContent: false });
    }
    // Stale: another request wrote first. The next round re-reads: a submission by this key is
    // replayed, by another key refused; a draft edit means the applicant must look again.
    if (attempt >= ATTEMPTS) throw applicationChanged();
  }
};
