import type { QueuedMail } from '../../../mail/ports/mail-queue.ts';
import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import type { Application } from '../../../applications/application-schema.ts';
import { applicationReceiptMail } from '../../mail/application-receipt-mail.ts';

/** One receipt per application, whoever queues it how often: the submission, or a later effect run. */
export const receiptMailId = (applicationId: string): string => `application-receipt#${applicationId}`;

/** The submission receipt, in the applicant's language, as the queue takes it. */
export const queuedReceipt = (context: {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
  readonly to: string;
}): QueuedMail => {
  const { application, programme, season, to } = context;
  const track = programme.settings.tracks.find((candidate) => candidate.id === application.track?.track);
  return {
    id: receiptMailId(application.id),
    seasonId: season.id,
    mail: applicationReceiptMail({
      to,
      language: application.language,
      programmeName: programme.settings.name,
      seasonTitle: season.title,
      applicationId: application.id,
      trackName: track?.name,
    }),
  };
};
