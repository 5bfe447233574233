import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import type { QueuedMail } from '../../../mail/ports/mail-queue.ts';
import { placementAnsweredMail, placementAnsweredMailId } from '../../mail/placement-answered-mail.ts';
import { placementNewsMail, placementNewsMailId, type PlacementNews } from '../../mail/placement-news-mail.ts';
import { placementSeatFreedMail, placementSeatFreedMailId } from '../../mail/placement-seat-freed-mail.ts';
import type { Placement, PlacementStatus } from '../../placement-schema.ts';
import type { OfferFacts } from '../../ports/offer-facts.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

/** What every mail of a placement's step says it is about. */
export interface PlacementMailContext {
  readonly programme: Programme;
  readonly season: Season;
  /** The offer as it reads now; without it (an offer gone) nothing is mailed. */
  readonly offer: OfferFacts | undefined;
}

const NEWS: Readonly<Partial<Record<PlacementStatus, PlacementNews>>> = {
  expired: 'expired',
  started: 'started',
  completed: 'completed',
  'ended-early': 'ended-early',
};

/**
 * The host's contacts hear of an answer, the applicant named by the application's number only: a
 * host learns who the intern is through a data release, whose every read the disclosure log
 * records, never through a mail nothing logs.
 */
const hostMails = async (
  deps: Pick<PlacementDependencies, 'organisations'>,
  placement: Placement,
  answer: 'accepted' | 'declined',
  { programme, season, offer }: PlacementMailContext & { readonly offer: OfferFacts },
): Promise<QueuedMail[]> => {
  const host = await deps.organisations.find(placement.hostOrganisation);
  // A retired organisation's people act for it no more: there is nobody to tell.
  if (host === undefined || host.retired === true) return [];
  return host.contacts.map((contact, index) => ({
    id: placementAnsweredMailId(placement.id, answer, index),
    seasonId: placement.seasonId,
    mail: placementAnsweredMail({
      to: contact.email,
      language: contact.language,
      programmeName: programme.settings.name,
      seasonTitle: season.title,
      answer,
      applicationId: placement.applicationId,
      offer,
    }),
  }));
};

/**
 * The mails a placement's move into `to` queues, in the move's own transaction (so each exists
 * exactly when its step does, and once): an answer to the host organisation's contacts; an expiry,
 * or the host's start, completion or early end, to the applicant in their language; a freed seat
 * (declined, expired) to the programme's contact address, as its other staff notices go. Personal
 * data is kept to the least: the host and staff read the application's number, never a name.
 */
export const mailsForStep = async (
  deps: Pick<PlacementDependencies, 'organisations' | 'recipients'>,
  placement: Placement,
  to: PlacementStatus,
  context: PlacementMailContext,
): Promise<readonly QueuedMail[]> => {
  const { programme, season, offer } = context;
  if (offer === undefined) return [];
  const mails: QueuedMail[] = [];
  if (to === 'accepted' || to === 'declined') mails.push(...(await hostMails(deps, placement, to, { ...context, offer })));
  const news = NEWS[to];
  if (news !== undefined) {
    const [contacts, stopped] = await Promise.all([
      deps.recipients.contactsOf([placement.applicantId]),
      deps.recipients.processingStopped([placement.applicantId]),
    ]);
    const contact = contacts.get(placement.applicantId);
    // Someone who withdrew their consent to processing is not written to, as reminders skip them.
    if (contact !== undefined && !stopped.has(placement.applicantId)) {
      mails.push({
        id: placementNewsMailId(placement.id, news),
        seasonId: placement.seasonId,
        mail: placementNewsMail({
          to: contact.email,
          language: contact.language,
          programmeName: programme.settings.name,
          seasonTitle: season.title,
          news,
          applicationId: placement.applicationId,
          offer,
          respondBy: placement.respondBy,
        }),
      });
    }
  }
  if (to === 'declined' || to === 'expired') {
    const { contact } = programme.settings;
    mails.push({
      id: placementSeatFreedMailId(placement.id),
      seasonId: placement.seasonId,
      mail: placementSeatFreedMail({
        to: contact.email,
        language: contact.language,
        programmeName: programme.settings.name,
        seasonTitle: season.title,
        why: to,
        applicationId: placement.applicationId,
        offer,
      }),
    });
  }
  return mails;
};
