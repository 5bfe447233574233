import { wiring as applicationsWiring } from '../../../functions/applications/wiring.ts';
import { wiring as reviewsWiring } from '../../../functions/reviews/wiring.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import type { SaveExpertProfileInput } from '../../../shared/reviews/expert-profile-schema.ts';
import { assignReviewer } from '../../../shared/reviews/use-cases/assign-reviewer.ts';
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

const identityOf = (subject: string, roles: Identity['roles'], email: string | undefined): Identity => ({
  subject,
  email,
  roles,
  region: undefined,
  organisation: undefined,
  programmes: roles.includes('staff') ? ['*'] : [],
});

/**
 * Refusals the demo takes as they come: a later start meets the assignments an earlier one made,
 * and the assignment rules turn some pairs down (an English application and an expert who reviews
 * in Russian only, a conflict of interest, a start on data kept past the evaluation's deadline),
 * as they would for staff.
 */
const ACCEPTED_REFUSALS = new Set([
  'already-assigned',
  'conflict-of-interest',
  'expert-at-capacity',
  'expert-not-in-pool',
  'expert-not-qualified',
  'expert-unavailable',
  'not-at-rubric-stage',
  'reviewers-full',
  'review-locked',
]);

/**
 * The demo's experts, through the reviews' use cases as the people would act: each saves their
 * profile, staff put both in every demo season's pool, and in Объединение наставников both are
 * assigned to the first projects waiting for the expert evaluation, so an expert's token finds
 * work on the first start. Idempotent: a profile or assignment an earlier start made is left as it is.
 */
export const seedDemoExperts = async (seasonIds: readonly string[], staffSub: string): Promise<{ readonly assigned: number }> => {
  const deps = reviewsWiring().reviews;
  const staff = identityOf(staffSub, ['staff'], undefined);
  const experts = DEMO_PEOPLE.filter((person) => person.role === 'expert');
  for (const expert of experts) {
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

  const mentoringSeason = seasonIds.find((id) => id.startsWith('obedinenie-nastavnikov'));
  if (mentoringSeason === undefined) return { assigned: 0 };
  const { items } = await applicationsWiring().applications.applications.listForSeason(
    { seasonId: mentoringSeason, stage: 'expert-evaluation' },
    { limit: 4 },
  );
  let assigned = 0;
  for (const application of items)
    for (const expert of experts) {
      try {
        await assignReviewer(deps, staff, { applicationId: application.id, rubricId: 'project-evaluation', expertId: expert.sub }, {});
        assigned += 1;
      } catch (error) {
        if (!isAppError(error) || !ACCEPTED_REFUSALS.has(error.code)) throw error;
      }
    }
  return { assigned };
};
