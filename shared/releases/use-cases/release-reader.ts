import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { DISCLOSURE_CHANNELS, DisclosureReader } from '../disclosure-schema.ts';
import { machineClientNotRegistered } from '../release-errors.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';

/** Who is reading released data, for which organisation, through which channel: what the disclosure log records. */
export interface ReleaseReader {
  readonly organisationId: string;
  readonly reader: DisclosureReader;
  readonly channel: (typeof DISCLOSURE_CHANNELS)[number];
  /** A person's `custom:region`: a release to a region is read only by people of that region. */
  readonly region?: string | undefined;
}

/**
 * A partner's person reads for the organisation their token names (`custom:organisation`), and for
 * no other: another organisation's path answers the 404 of a missing one, so ids prove nothing.
 */
export const partnerReader = (identity: Identity, organisationId: string): ReleaseReader => {
  if (identity.organisation !== organisationId) throw notFound('partner organisation');
  return { organisationId, reader: { kind: 'person', id: identity.subject, role: 'partner' }, channel: 'ui', region: identity.region };
};

/**
 * A machine client reads for the organisation staff registered it for: its client-credentials token
 * carries only its client id and scope, never an organisation, so the registry is the one source.
 */
export const machineClientReader = async (deps: Pick<ReleaseDependencies, 'machineClients'>, identity: Identity): Promise<ReleaseReader> => {
  const clientId = identity.clientId ?? identity.subject;
  const client = await deps.machineClients.find(clientId);
  if (client === undefined) throw machineClientNotRegistered();
  return { organisationId: client.organisationId, reader: { kind: 'machine-client', id: clientId, role: 'machine-client' }, channel: 'api' };
};
