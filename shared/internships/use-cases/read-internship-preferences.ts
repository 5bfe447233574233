import type { Identity } from '../../platform/auth/identity.ts';
import type { MyInternshipPreferences } from '../internship-preferences-schema.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';
import { myPreferencesOf } from './internship-preferences-view.ts';
import { ownApplicationAtOfferStage } from './own-application.ts';

/** The caller's ranked offers in their application's current internship stage (none yet: an empty list at version 0). */
export const readInternshipPreferences = async (
  deps: Pick<InternshipDependencies, 'store' | 'subjects'>,
  identity: Identity,
  applicationId: string,
): Promise<MyInternshipPreferences> => {
  const subject = await ownApplicationAtOfferStage(deps, identity, applicationId);
  const preferences = await deps.store.findPreferences(applicationId, subject.stage);
  const offers = await deps.store.findOffers(subject.application.seasonId, preferences?.choices ?? []);
  return myPreferencesOf(subject, preferences, offers);
};
