import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { checkTransitionGuards } from '../../../catalogue/domain/pipeline/transition-guards.ts';
import { refuseTransition } from '../../../catalogue/domain/pipeline/transition-refusal.ts';
import { findTransition, type TransitionActor, type TransitionDecision } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import type { ApplicationDossier } from '../../../applications/ports/application-repository.ts';
import { gatherGuardFacts } from './gather-guard-facts.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/**
 * The domain's decision on moving this application to `to` for `actor`: the pipeline's transition
 * first (no I/O), then the facts its guards read, then the guards. Used by the staff route (to
 * answer 409 with the reason before starting anything) and by the state machine's Validate.
 * Once the applicant withdraws consent to personal-data processing nobody else may move the
 * application (152-FZ); the applicant may still move it themselves, e.g. withdraw it.
 */
export const decideApplicationTransition = async (
  deps: Pick<TransitionDependencies, 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores'>,
  context: { readonly dossier: ApplicationDossier; readonly programme: Programme; readonly season: Season },
  to: string,
  actor: TransitionActor,
): Promise<TransitionDecision> => {
  const { dossier, programme } = context;
  const found = findTransition(programme.settings.pipeline, dossier.application, to, actor);
  if (!found.allowed) return found;
  if (actor !== 'applicant' && (await deps.applicants.processingStopped([dossier.application.applicantId])).size > 0) {
    return refuseTransition(
      'processing-stopped',
      'Заявитель отозвал согласие на обработку персональных данных: заявка не обрабатывается.',
      'The applicant withdrew consent to personal-data processing: the application is not processed.',
    );
  }
  const facts = await gatherGuardFacts(deps, context, found.transition);
  const documentName = (id: string) =>
    programme.settings.documentRequirements.find((requirement) => requirement.id === id)?.name ?? { ru: id, en: id };
  return checkTransitionGuards(found.transition, facts, documentName) ?? found;
};
