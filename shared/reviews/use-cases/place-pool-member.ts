import type { Identity } from '../../platform/auth/identity.ts';
import type { PoolMember, PoolMemberInput } from '../expert-pool-schema.ts';
import { capacityAboveExpertLimit, capacityBelowLoad, expertProfileMissing } from '../review-errors.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/**
 * Staff of the season's programme put an expert in its pool, or change their capacity. The pool
 * keeps the profile's competences the programme knows, so an expert's competences from another
 * programme never qualify them here.
 */
export const placePoolMember = async (
  deps: Pick<ReviewDependencies, 'profiles' | 'pool' | 'staffedSeasons' | 'clock'>,
  identity: Identity,
  seasonId: string,
  expertId: string,
  input: PoolMemberInput,
): Promise<PoolMember> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const profile = await deps.profiles.find(expertId);
  if (profile === undefined) throw expertProfileMissing();
  if (input.capacity > profile.capacityPerSeason) throw capacityAboveExpertLimit(profile.capacityPerSeason);
  const known = new Set((programme.settings.expertCompetences ?? []).map((competence) => competence.id));
  const outcome = await deps.pool.place({
    seasonId,
    expertId,
    displayName: profile.displayName,
    competences: profile.competences.filter((id) => known.has(id)),
    languages: profile.languages,
    capacity: input.capacity,
    by: identity.subject,
    at: deps.clock().toISOString(),
  });
  if (!outcome.placed) throw capacityBelowLoad(outcome.load);
  return outcome.member;
};
