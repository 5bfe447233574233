import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * The organisation a partner runs events for: the registered one their claims name, once the
 * registry bears the claims out (a retired organisation's people, or an account whose region
 * contradicts the registry's, act for it no more). The check comes before any event is read, so its
 * refusal says nothing about one. A staff member or an expert who also holds the partner role
 * with such claims still acts in that other role.
 */
export const partnerOrganisationOf = async (
  deps: Pick<InterviewDependencies, 'partnerOrganisation'>,
  identity: Identity,
): Promise<string | undefined> => {
  if (!identity.roles.includes('partner')) return undefined;
  try {
    return (await deps.partnerOrganisation.resolve(identity)).id;
  } catch (error) {
    if (identity.roles.includes('staff') || identity.roles.includes('expert')) return undefined;
    throw error;
  }
};

/**
 * Whether the caller runs an event without staff's rights: a partner acting for the organisation
 * that owns it (the organisation `partnerOrganisationOf` resolved), or a member of the panel of a
 * programme's own event. A seat on an organisation's panel counts only while its holder acts for
 * that organisation: the account alone, or another role the account also holds, is not enough.
 */
export const runsAsPartnerOrPanel = (identity: Identity, organisation: string | undefined, event: InterviewEvent): boolean => {
  const owner = event.ownerOrganisation;
  if (owner === undefined) return event.panel.includes(identity.subject);
  return identity.roles.includes('partner') && organisation === owner;
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
  const organisation = await partnerOrganisationOf(deps, identity);
  const event = await deps.store.findEvent(target.seasonId, target.eventId);
  if (event === undefined) throw notFound('interview-event');
  if (runsAsPartnerOrPanel(identity, organisation, event)) return event;
  if (identity.roles.includes('staff')) {
    // The catalogue's scope check throws the same 404 for a season outside the caller's programmes.
    await deps.staffedSeasons.staffedSeason(identity, target.seasonId).catch(() => {
      throw notFound('interview-event');
    });
    return event;
  }
  throw notFound('interview-event');
};
