import { wiring as reviewsWiring } from '../../../functions/reviews/wiring.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import type { SaveExpertProfileInput } from '../../../shared/reviews/expert-profile-schema.ts';
import { placePoolMember } from '../../../shared/reviews/use-cases/place-pool-member.ts';
import { saveExpertProfile } from '../../../shared/reviews/use-cases/save-expert-profile.ts';
import { DEMO_PEOPLE } from '../demo-people.ts';

/** The demo experts' own profiles: every competence the three templates list, so each may be placed in any demo season. */
const PROFILES: Readonly<Record<string, Omit<SaveExpertProfileInput, 'displayName'>>> = {
  'expert.olga@example.org': {
    competences: ['social-projects', 'education', 'youth-work', 'public-administration', 'youth-policy'],
    languages: ['ru', 'en'],
    region: '77',
    organisation: 'Институт развития молодёжных инициатив',
    university: 'Московский государственный университет',
    capacityPerSeason: 60,
    available: true,
    declaredConflicts: [],
  },
  'expert.pavel@example.org': {
    competences: ['business', 'technology', 'project-management', 'public-administration', 'economics'],
    languages: ['ru'],
    region: '66',
    organisation: 'Фонд технологического предпринимательства',
    capacityPerSeason: 40,
    available: true,
    declaredConflicts: [{ kind: 'region', region: '66' }],
  },
};

export const identityOf = (subject: string, roles: Identity['roles'], email: string | undefined): Identity => ({
  subject,
  email,
  roles,
  region: undefined,
  organisation: undefined,
  programmes: roles.includes('staff') ? ['*'] : [],
});

/**
 * The demo's experts, through the reviews' use cases as the people would act: each saves their
 * profile and staff put both in every demo season's pool (before the applicants come: ПроКадры's
 * demo interviews need their panel). Idempotent: a profile an earlier start made is left as it is.
 */
export const seedDemoExpertPools = async (seasonIds: readonly string[], staffSub: string): Promise<void> => {
  const deps = reviewsWiring().reviews;
  const staff = identityOf(staffSub, ['staff'], undefined);
  for (const expert of DEMO_PEOPLE.filter((person) => person.role === 'expert')) {
    const profile = PROFILES[expert.email];
    if (profile === undefined) continue;
    const self = identityOf(expert.sub, ['expert'], expert.email);
    // A profile the expert changed since (through the API) is theirs: the pools take what it says.
    const own =
      (await deps.profiles.find(expert.sub)) ??
      (await saveExpertProfile(deps, self, { ...profile, displayName: expert.name, version: 0 })).profile;
    const capacity = Math.min(30, own.capacityPerSeason);
    if (capacity < 1) continue;
    for (const seasonId of seasonIds) await placePoolMember(deps, staff, seasonId, expert.sub, { capacity });
  }
};
