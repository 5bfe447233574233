import * as z from 'zod';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/**
 * An OAuth 2.0 client id as Cognito issues them (26 lower-case letters and digits) or as a
 * deployment's local issuer names its demo clients (with hyphens): nothing that could break out
 * of a key.
 */
export const machineClientIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,127}$/)
  .meta({ maxLength: 128 })
  .describe('The OAuth client id of the machine client (a Cognito app client of the workforce pool with the partner API scope).');

/** PUT /partner-organisations/{organisationId}/machine-clients/{clientId} */
export const machineClientInputSchema = z.strictObject({
  name: freeText({ min: 2, max: 200 }).describe('What the client is, for people: e.g. “Кадровый портал Пермского края”.'),
});
export type MachineClientInput = z.infer<typeof machineClientInputSchema>;

/** A machine client and the one organisation it reads for: its token carries no organisation, so this record is where it comes from. */
export const machineClientSchema = z.strictObject({
  clientId: machineClientIdSchema,
  organisationId: partnerOrganisationIdSchema,
  name: freeText({ min: 2, max: 200 }),
  registeredAt: isoDateTime(),
  registeredBy: subjectIdSchema,
});
export type MachineClient = z.infer<typeof machineClientSchema>;
