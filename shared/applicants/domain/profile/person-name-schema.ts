import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';

const namePart = freeText({ max: 100 });

/** Russian full name order: surname, given name, patronymic (many people, not only foreigners, have none). */
export const personNameSchema = z.strictObject({
  last: namePart,
  first: namePart,
  patronymic: namePart.optional(),
});
export type PersonName = z.infer<typeof personNameSchema>;
