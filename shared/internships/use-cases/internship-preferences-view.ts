import { toInternshipOption, type CountedOffer } from '../internship-offer-schema.ts';
import type { InternshipPreferences, MyInternshipPreferences } from '../internship-preferences-schema.ts';
import type { InternshipSubject } from '../ports/internship-subjects.ts';
import { preferencesDeadline } from './own-application.ts';

/** The applicant's preferences with each offer as it stands now; an offer since removed from the store shows its id only. */
export const myPreferencesOf = (
  subject: InternshipSubject & { readonly stage: string },
  preferences: InternshipPreferences | undefined,
  offers: ReadonlyMap<string, CountedOffer>,
): MyInternshipPreferences => {
  const closesAt = preferencesDeadline(subject);
  return {
    applicationId: subject.application.id,
    stage: subject.stage,
    maxPreferences: subject.programme.settings.internships?.maxPreferences ?? 1,
    ...(closesAt === undefined ? {} : { closesAt }),
    choices: (preferences?.choices ?? []).map((offerId, index) => {
      const offer = offers.get(offerId);
      return {
        rank: index + 1,
        offerId,
        offerStatus: offer?.status ?? 'withdrawn',
        ...(offer === undefined ? {} : { offer: toInternshipOption(offer) }),
      };
    }),
    ...(preferences === undefined ? {} : { updatedAt: preferences.updatedAt }),
    version: preferences?.version ?? 0,
  };
};
