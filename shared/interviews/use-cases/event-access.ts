import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * The registered organisation a partner acts for (their claims checked against the registry), or
 * undefined for anyone who is not a partner. A claim the registry does not bear out (unknown,
 * retired, another region) refuses a partner, but not a staff member who also holds the partner
 * role: they still act as staff.
 */
export const actingOrganisation = async (
  deps: Pick<InterviewDependencies, 'partnerOrganisation'>,
  identity: Identity,
): Promise<string | undefined> => {
  if (!identity.roles.includes('partner')) return undefined;
  try {
    return (await deps.partnerOrganisation.resolve(identity)).id;
  } catch (error) {
    if (identity.roles.includes('staff')) return undefined;
    throw error;
  }
};

/**
 * An event as the people who run it reach it: staff of its programme, the people of the partner
 * organisation that owns it (its panel among them) while the registry bears their claims out, and
 * the panel of a programme's own event. Anyone else gets the 404 of a missing event, so event ids
 * prove nothing.
 */
export const runEvent = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons' | 'partnerOrganisation'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly eventId: string },
): Promise<InterviewEvent> => {
  const event = await deps.store.findEvent(target.seasonId, target.eventId);
  if (event === undefined) throw notFound('interview-event');
  const owner = event.ownerOrganisation;
  // A partner on an organisation's panel acts for that organisation: their account alone is not enough.
  const partner = owner !== undefined && identity.roles.includes('partner');
  if (partner && (await actingOrganisation(deps, identity)) === owner) return event;
  if (!partner && event.panel.includes(identity.subject)) return event;
  if (identity.roles.includes('staff')) {
    // The catalogue's scope check throws the same 404 for a season outside the caller's programmes.
    await deps.staffedSeasons.staffedSeason(identity, target.seasonId).catch(() => {
      throw notFound('interview-event');
    });
    return event;
  }
  throw notFound('interview-event');
};
