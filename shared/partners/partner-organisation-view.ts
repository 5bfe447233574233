import * as z from 'zod';
import { partnerOrganisationSchema, type PartnerOrganisation } from './partner-organisation-schema.ts';

/** An organisation as staff and its own people read it: the record, its `retired` flag always stated. */
export const partnerOrganisationViewSchema = partnerOrganisationSchema.extend({
  retired: z.boolean().describe('A retired organisation stays registered, but its people act for it no more.'),
});
export type PartnerOrganisationView = z.infer<typeof partnerOrganisationViewSchema>;

export const partnerOrganisationView = (organisation: PartnerOrganisation): PartnerOrganisationView => ({
  ...organisation,
  retired: organisation.retired === true,
});
