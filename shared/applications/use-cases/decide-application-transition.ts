import type { Programme } from '../../programmes/config/programme-schema.ts';
import type { Season } from '../../programmes/seasons/season-schema.ts';
import { checkTransitionGuards } from '../domain/transition-guards.ts';
import { findTransition, type TransitionActor, type TransitionDecision } from '../domain/decide-transition.ts';
import type { ApplicationDossier } from '../ports/application-repository.ts';
import { gatherGuardFacts } from './gather-guard-facts.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/**
 * The domain's decision on moving this application to `to` for `actor`: the pipeline's transition
 * first (no I/O), then the facts its guards read, then the guards. Used by the staff route (to
 * answer 409 with the reason before starting anything) and by the state machine's Validate.
 */
export const decideApplicationTransition = async (
  deps: Pick<TransitionDependencies, 'applicants' | 'shortlist'>,
  context: { readonly dossier: ApplicationDossier; readonly programme: Programme; readonly season: Season },
  to: string,
  actor: TransitionActor,
): Promise<TransitionDecision> => {
  const { dossier, programme } = context;
  const found = findTransition(programme.settings.pipeline, dossier.application, to, actor);
  if (!found.allowed) return found;
  const facts = await gatherGuardFacts(deps, context, found.transition);
  const documentName = (id: string) => programme.settings.documentRequirements.find((requirement) => requirement.id === id)?.name ?? { ru: id, en: id };
  return checkTransitionGuards(found.transition, facts, documentName) ?? found;
};
