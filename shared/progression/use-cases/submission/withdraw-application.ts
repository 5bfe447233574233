import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { transitionRefused } from '../../../applications/application-errors.ts';
import { applicationChanged } from '../../progression-errors.ts';
import { toApplicationView, type ApplicationView } from '../../../applications/application-view.ts';
import { decideTransition } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import { moveApplication } from '../../../applications/domain/move-application.ts';
import { recordInLineEffectFailure } from '../transitions/record-in-line-effect-failure.ts';
import { runTransitionEffects } from '../transitions/run-transition-effects.ts';
import type { ApplicationRequestDependencies } from '../transitions/transition-dependencies.ts';

const ATTEMPTS = 3;

/**
 * The applicant leaves the programme: the pipeline's transition to its withdrawn-kind stage,
 * allowed up to the stage the programme names (`withdrawalClosesAt`, inclusive). A withdrawn
 * application stays on record with its history (and keeps the season's guard: one application per
 * person per season, withdrawn or not). The transition's effects (the templates' notifyStaff, a
 * notice to the programme's contact address)
 * run in line after the write, through the code the transition state machine runs, as the
 * submission's do: recorded as pending where no capability carries them out yet, and if they fail,
 * recorded as a transition failure staff retry; never dropped.
 */
export const withdrawApplication = async (
  deps: Pick<ApplicationRequestDependencies, 'applications' | 'applicationAccess' | 'metrics' | 'clock'> &
    Parameters<typeof runTransitionEffects>[0] &
    Parameters<typeof recordInLineEffectFailure>[0],
  identity: Identity,
  applicationId: string,
): Promise<ApplicationView> => {
  for (let attempt = 1; ; attempt += 1) {
    const { application, programme, season } = await deps.applicationAccess.load(identity, applicationId, ['owner']);
    const decision = decideTransition(programme.settings.pipeline, application, 'withdraw', 'applicant');
    if (!decision.allowed) throw transitionRefused(decision.code, decision.message);
    const moved = moveApplication(application, {
      from: decision.from,
      to: decision.to,
      at: deps.clock().toISOString(),
      actor: 'applicant',
      kind: 'withdrawn',
    });
    const outcome = await deps.applications.replace(moved.application, application, moved.event, { stage: decision.from });
    if (outcome === 'missing') throw notFound('application');
    if (outcome === 'written') {
      deps.metrics.applicationMoved(application.programmeId, decision.to);
      const move = { from: decision.from, to: decision.to, version: moved.application.version };
      await runTransitionEffects(deps, { application: moved.application, programme, season, move }, decision.effects).catch(
        (error: unknown) =>
          // The withdrawal stands; the effects that failed are recorded for staff to retry.
          recordInLineEffectFailure(deps, { application: moved.application, move }, error),
      );
      return toApplicationView(moved.application, programme.settings, { processingStopped: false, withholdContent: false });
    }
    if (attempt >= ATTEMPTS) throw applicationChanged();
  }
};
