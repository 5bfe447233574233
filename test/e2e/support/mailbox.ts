import * as z from 'zod';

/** The local SES server's store (the ready line's `mailStore`): every mail it accepted. */
const storeSchema = z.object({
  emails: z.array(
    z.object({
      subject: z.string(),
      destination: z.object({ to: z.array(z.string()) }),
      body: z.object({ text: z.string().optional(), html: z.string().optional() }),
    }),
  ),
});
export type StoredMail = z.infer<typeof storeSchema>['emails'][number];

export const mailsTo = async (mailStore: string, address: string): Promise<StoredMail[]> => {
  const response = await fetch(mailStore);
  const { emails } = storeSchema.parse(await response.json());
  return emails.filter((mail) => mail.destination.to.includes(address));
};
