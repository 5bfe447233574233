import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { listingsFor, offerOpenTo } from '../domain/offer-audience.ts';
import type { InternshipPreferences, InternshipPreferencesInput, MyInternshipPreferences } from '../internship-preferences-schema.ts';
import { offerNotOffered, preferencesClosed, stageChanged, tooManyPreferences } from '../internship-errors.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';
import { myPreferencesOf } from './internship-preferences-view.ts';
import { ownApplicationAtOfferStage, preferencesDeadline } from './own-application.ts';

/**
 * The applicant ranks offers in their application's internship stage, most wanted first, replacing
 * what they ranked before at the version read, until the stage's calendar window closes. Each
 * choice is an offer of the application's list (domain/offer-audience.ts); an offer already
 * ranked may stay while it is back in review after its host changed it (it counts again once
 * approved). The save and the offers' candidate pools change in one transaction that also holds
 * the application in the stage, so of two saves at one version exactly one is kept.
 */
export const saveInternshipPreferences = async (
  deps: Pick<InternshipDependencies, 'store' | 'subjects' | 'clock'>,
  identity: Identity,
  applicationId: string,
  input: InternshipPreferencesInput,
): Promise<MyInternshipPreferences> => {
  const subject = await ownApplicationAtOfferStage(deps, identity, applicationId);
  const now = deps.clock();
  const closesAt = preferencesDeadline(subject);
  if (closesAt !== undefined && now.getTime() > Date.parse(closesAt)) throw preferencesClosed(closesAt);
  const max = subject.programme.settings.internships?.maxPreferences ?? 0;
  if (input.choices.length > max) throw tooManyPreferences(max);
  const existing = await deps.store.findPreferences(applicationId, subject.stage);
  if ((existing?.version ?? 0) !== input.version) throw versionConflict(existing?.version ?? 0);
  const { application } = subject;
  const offers = await deps.store.findOffers(application.seasonId, input.choices);
  const listings = listingsFor(subject.programme.settings, application);
  const track = application.track?.track;
  const kept = new Set(existing?.choices ?? []);
  input.choices.forEach((offerId, index) => {
    const offer = offers.get(offerId);
    const open =
      offer !== undefined &&
      (offerOpenTo(offer, listings, track) || (kept.has(offerId) && offerOpenTo(offer, listings, track, ['submitted'])));
    if (!open) throw offerNotOffered(index);
  });
  const preferences: InternshipPreferences = {
    applicationId,
    seasonId: application.seasonId,
    programmeId: application.programmeId,
    stage: subject.stage,
    choices: input.choices,
    updatedAt: now.toISOString(),
    version: input.version + 1,
  };
  const outcome = await deps.store.savePreferences(preferences, input.version, existing?.choices ?? []);
  if (!outcome.written) throw outcome.reason === 'stage-changed' ? stageChanged() : versionConflict(outcome.currentVersion);
  return myPreferencesOf(subject, outcome.preferences, offers);
};
