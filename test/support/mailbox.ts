import * as z from 'zod';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { deliverQueuedMail } from './deliver-queued-mail.ts';

/** The local SES server keeps every mail it accepted and serves them at `/store`. */
const storeSchema = z.object({
  emails: z.array(
    z.object({
      messageId: z.string(),
      subject: z.string(),
      destination: z.object({ to: z.array(z.string()) }),
      body: z.object({ text: z.string().optional(), html: z.string().optional() }),
      attachments: z
        .array(z.object({ filename: z.string().optional(), contentType: z.string(), content: z.string().describe('base64') }))
        .default([]),
    }),
  ),
});
export type StoredMail = z.infer<typeof storeSchema>['emails'][number];

/**
 * The mails to `address` in the SES server's store: the test run's local cloud by default, or the
 * store of another one (an e2e test's `npm start` prints its `mailStore`).
 */
export const mailsTo = async (address: string, store = `${requireEnv(ENV.sesEndpoint)}/store`): Promise<StoredMail[]> => {
  const response = await fetch(store);
  const { emails } = storeSchema.parse(await response.json());
  return emails.filter((mail) => mail.destination.to.includes(address));
};

/**
 * Runs the mail queue's drainer until at least `count` mails to `address` are in the SES store,
 * and returns all of them (so a test can still assert there are not more).
 */
export const deliveredMailsTo = (address: string, count = 1): Promise<StoredMail[]> =>
  deliverQueuedMail(
    async () => {
      const mails = await mailsTo(address);
      return mails.length >= count && mails;
    },
    { description: `${count} mail(s) to ${address} in the SES store` },
  );
