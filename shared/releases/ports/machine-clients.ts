import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { MachineClient } from '../machine-client-schema.ts';

export type MachineClientSaveOutcome =
  | { readonly saved: 'created' | 'replaced'; readonly client: MachineClient }
  /** The client id reads for another organisation already: it must be removed there first. */
  | { readonly saved: false; readonly organisationId: string };

/** Which organisation each machine client reads for. */
export interface MachineClients {
  find(clientId: string): Promise<MachineClient | undefined>;
  /** Registers the client for its organisation, or renames it there; never moves it from another organisation. */
  save(client: MachineClient): Promise<MachineClientSaveOutcome>;
  /** False when the client is not registered for that organisation. */
  remove(organisationId: string, clientId: string): Promise<boolean>;
  listForOrganisation(organisationId: string, page: PageRequest): Promise<Page<MachineClient>>;
}
