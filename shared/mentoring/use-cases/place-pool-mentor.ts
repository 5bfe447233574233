import { mentoringSpheres } from '../../catalogue/domain/config/mentoring-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { mentoringOf } from '../domain/pairing-stages.ts';
import type { MentorPlacementInput, MentorPoolMember } from '../mentor-pool-schema.ts';
import { capacityAboveMentorLimit, capacityBelowLoad, mentorBusy, mentorProfileMissing, poolTierFull } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/**
 * Staff of the season's programme put a mentor in its pool, in the main tier or the reserve, or
 * move them between tiers or change their capacity. Each tier holds at most the programme's
 * `mentoring.pool` size, however many staff place at once (the store's counters). The pool keeps
 * the profile's spheres the programme knows, so spheres of another programme never fit here.
 */
export const placePoolMentor = async (
  deps: Pick<MentoringDependencies, 'profiles' | 'pool' | 'staffedSeasons' | 'clock'>,
  identity: Identity,
  seasonId: string,
  mentorId: string,
  input: MentorPlacementInput,
): Promise<MentorPoolMember> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const mentoring = mentoringOf(programme);
  const profile = await deps.profiles.find(mentorId);
  if (profile === undefined) throw mentorProfileMissing();
  const capacity = input.capacity ?? Math.min(mentoring.mentorCapacity, profile.capacityPerSeason);
  if (capacity > profile.capacityPerSeason) throw capacityAboveMentorLimit(profile.capacityPerSeason);
  const known = new Set(mentoringSpheres(programme.settings).map((sphere) => sphere.id));
  const outcome = await deps.pool.place(
    {
      seasonId,
      mentorId,
      tier: input.tier,
      capacity,
      displayName: profile.displayName,
      spheres: profile.spheres.filter((id) => known.has(id)),
      languages: profile.languages,
      region: profile.region,
      by: identity.subject,
      at: deps.clock().toISOString(),
    },
    mentoring.pool,
  );
  if (outcome.placed) return outcome.member;
  if (outcome.reason === 'tier-full') throw poolTierFull(outcome.tier, mentoring.pool[outcome.tier]);
  if (outcome.reason === 'below-load') throw capacityBelowLoad(outcome.load);
  throw mentorBusy();
};
