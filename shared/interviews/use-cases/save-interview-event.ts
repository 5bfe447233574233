import { partnerOrganisationIdSchema } from '../../partners/partner-organisation-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { eventFaultAgainstProgramme } from '../domain/check-event-against-programme.ts';
import { eventOwnerFault } from '../domain/event-owner.ts';
import type { InterviewEvent, InterviewEventInput } from '../interview-event-schema.ts';
import { capacityBelowBooked, eventHasBookings, panelMemberNotInPool } from '../interview-errors.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/** What people who booked rely on: changing any of these under them would send them to the wrong place or time. */
const BOOKED_FACTS = [
  'stage',
  'rubricId',
  'format',
  'federalDistrict',
  'city',
  'venue',
  'videoCallUrl',
  'videoRequirement',
  'startsAt',
  'endsAt',
] as const;

const utc = (iso: string): string => new Date(iso).toISOString();

/**
 * Staff create an interview event or replace it at the version they read. The programme decides
 * what it may be (an interview stage and one of its rubrics); the panel of a programme's own event
 * comes from the season's expert pool, while a partner organisation's event is scored by that
 * organisation's people: a federal ministry of the partner registry, not retired (checked on every
 * save, so an event is never kept for a body that has left). Times are kept in UTC, so every
 * comparison (the booking deadline held by the write itself) is a plain string comparison. Once
 * anyone is booked, only the capacity (never below the bookings), the panel, the title, the owner
 * and the booking deadline may change.
 */
export const saveInterviewEvent = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons' | 'seasonExperts' | 'organisations' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly eventId: string },
  input: InterviewEventInput,
): Promise<{ readonly created: boolean; readonly event: InterviewEvent }> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, target.seasonId);
  const fault = eventFaultAgainstProgramme(programme, input);
  if (fault !== undefined) throw fault;
  if (input.ownerOrganisation !== undefined) {
    // An id the registry could never hold is nobody it knows: no read for it.
    const ownerId = partnerOrganisationIdSchema.safeParse(input.ownerOrganisation);
    const owner = ownerId.success ? await deps.organisations.find(ownerId.data) : undefined;
    const ownerFault = eventOwnerFault(input.ownerOrganisation, owner);
    if (ownerFault !== undefined) throw ownerFault;
  } else {
    const missing = await deps.seasonExperts.notInPool(target.seasonId, input.panel);
    const first = missing[0];
    if (first !== undefined) throw panelMemberNotInPool(input.panel.indexOf(first), first);
  }
  const existing = input.version === 0 ? undefined : await deps.store.findEvent(target.seasonId, target.eventId);
  if (input.version > 0 && existing === undefined) throw versionConflict(0);
  const now = deps.clock().toISOString();
  const { version, ...fields } = input;
  const event: InterviewEvent = {
    ...fields,
    startsAt: utc(input.startsAt),
    endsAt: utc(input.endsAt),
    bookingClosesAt: utc(input.bookingClosesAt),
    seasonId: target.seasonId,
    programmeId: programme.id,
    id: target.eventId,
    status: 'scheduled',
    booked: existing?.booked ?? 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    version: version + 1,
  };
  const changed = BOOKED_FACTS.find((fact) => existing !== undefined && existing[fact] !== event[fact]);
  const outcome = await deps.store.saveEvent(event, version, { structural: changed !== undefined });
  if (outcome.written) return { created: existing === undefined, event: outcome.event };
  if (outcome.reason === 'version-conflict') throw versionConflict(outcome.currentVersion);
  if (outcome.reason === 'capacity-below-booked') throw capacityBelowBooked(outcome.booked);
  throw eventHasBookings(outcome.booked, `body.${changed ?? 'stage'}`);
};
