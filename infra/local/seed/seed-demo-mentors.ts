import { wiring as mentoringWiring } from '../../../functions/mentoring/wiring.ts';
import type { SaveMentorProfileInput } from '../../../shared/mentoring/mentor-profile-schema.ts';
import type { MentorTier } from '../../../shared/mentoring/mentor-pool-schema.ts';
import { matchMentees } from '../../../shared/mentoring/use-cases/match-mentees.ts';
import { placePoolMentor } from '../../../shared/mentoring/use-cases/place-pool-mentor.ts';
import { saveMentorProfile } from '../../../shared/mentoring/use-cases/save-mentor-profile.ts';
import { DEMO_PEOPLE } from '../demo-people.ts';
import { identityOf } from './seed-demo-experts.ts';

/** The demo mentors' own profiles (spheres of Объединение наставников) and the tier staff give them. */
const MENTORS: Readonly<Record<string, { readonly profile: Omit<SaveMentorProfileInput, 'displayName'>; readonly tier: MentorTier }>> = {
  'mentor.sergey@example.org': {
    profile: {
      spheres: ['technology', 'business'],
      region: '77',
      languages: ['ru', 'en'],
      capacityPerSeason: 4,
      bio: 'Основатель двух технологических компаний; помогаю превратить идею в продукт и найти первых заказчиков.',
    },
    tier: 'main',
  },
  'mentor.natalia@example.org': {
    profile: {
      spheres: ['social-projects', 'education'],
      region: '51',
      languages: ['ru'],
      capacityPerSeason: 3,
      bio: 'Руковожу ресурсным центром НКО Мурманской области; помогаю социальным проектам с партнёрами и грантами.',
    },
    tier: 'main',
  },
  'mentor.timur@example.org': {
    profile: {
      spheres: ['business', 'technology'],
      region: '16',
      languages: ['ru'],
      capacityPerSeason: 2,
      bio: 'Инвестиционный менеджер регионального фонда; разбираю бизнес-модели и финансовые планы.',
    },
    tier: 'reserve',
  },
};

/**
 * The demo's mentors, through the mentoring use cases as the people would act: each saves their
 * profile, staff place them in Объединение наставников' demo season pool (two main, one in
 * reserve) and, with the demo applicants there, match the projects waiting for a mentor, so a
 * mentor's token finds proposals to answer. Idempotent: a profile an earlier start made (or the
 * mentor changed since) is left as it is, placing again changes nothing, and matching again
 * proposes nothing twice. Returns the pairs this start proposed.
 */
export const seedDemoMentoring = async (
  seasonIds: readonly string[],
  staffSub: string,
  options: { readonly match: boolean },
): Promise<{ readonly proposed: number }> => {
  const deps = mentoringWiring().mentoring;
  const seasonId = seasonIds.find((id) => id.startsWith('obedinenie-nastavnikov'));
  if (seasonId === undefined) return { proposed: 0 };
  const staff = identityOf(staffSub, ['staff'], undefined);
  for (const mentor of DEMO_PEOPLE.filter((person) => person.role === 'mentor')) {
    const demo = MENTORS[mentor.email];
    if (demo === undefined) continue;
    const self = identityOf(mentor.sub, ['mentor'], mentor.email);
    if ((await deps.profiles.find(mentor.sub)) === undefined)
      await saveMentorProfile(deps, self, { ...demo.profile, displayName: mentor.name, version: 0 });
    const placed = await deps.pool.find(seasonId, mentor.sub);
    if (placed === undefined) await placePoolMentor(deps, staff, seasonId, mentor.sub, { tier: demo.tier });
  }
  if (!options.match) return { proposed: 0 };
  const matched = await matchMentees(deps, staff, seasonId, { dryRun: false });
  return { proposed: matched.proposals.length };
};
