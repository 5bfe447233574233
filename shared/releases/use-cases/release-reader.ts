import type { PartnerOrganisation } from '../../partners/partner-organisation-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { DISCLOSURE_CHANNELS, DisclosureReader } from '../disclosure-schema.ts';
import { machineClientNotRegistered } from '../release-errors.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';

/** Who is reading released data, for which organisation, through which channel: what the disclosure log records. */
export interface ReleaseReader {
  readonly organisation: PartnerOrganisation;
  readonly reader: DisclosureReader;
  readonly channel: (typeof DISCLOSURE_CHANNELS)[number];
}

/**
 * A partner's person reads for the registered organisation their claims resolve to (the partners'
 * check: registered, not retired, no region contradicting the registry's), and for no other: another
 * organisation's path answers the 404 of a missing one, so ids prove nothing.
 */
export const partnerReader = async (
  deps: Pick<ReleaseDependencies, 'partnerResolver'>,
  identity: Identity,
  organisationId: string,
  channel: 'ui' | 'export' = 'ui',
): Promise<ReleaseReader> => {
  const organisation = await deps.partnerResolver.resolve(identity);
  if (organisation.id !== organisationId) throw notFound('partner organisation');
  return { organisation, reader: { kind: 'person', id: identity.subject, role: 'partner' }, channel };
};

/**
 * A machine client reads for the organisation staff registered it for: its client-credentials token
 * carries only its client id and scope, never an organisation, so the registry is the one source. A
 * retired organisation's clients read nothing.
 */
export const machineClientReader = async (
  deps: Pick<ReleaseDependencies, 'machineClients' | 'organisations'>,
  identity: Identity,
): Promise<ReleaseReader> => {
  const clientId = identity.clientId ?? identity.subject;
  const client = await deps.machineClients.find(clientId);
  if (client === undefined) throw machineClientNotRegistered();
  const organisation = await deps.organisations.find(client.organisationId);
  if (organisation === undefined || organisation.retired === true) throw notFound('partner organisation');
  return { organisation, reader: { kind: 'machine-client', id: clientId, role: 'machine-client' }, channel: 'api' };
};
