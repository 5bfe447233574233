import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceHandle } from './service-handle.ts';

export interface SesServerHandle extends ServiceHandle {
  /** The web mailbox: every mail sent through SES, readable in a browser. */
  readonly mailboxUrl: string;
  /** The same mails as JSON (`{ emails: [...] }`), for scripts and tests. */
  readonly storeUrl: string;
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // The mailbox page keeps a connection open; close() alone would wait for it forever.
    server.closeAllConnections();
  });

/**
 * Starts aws-ses-v2-local in this process: it answers the SES v1/v2 API (SendEmail) and keeps
 * the mails in memory, so a restart empties the mailbox, as it should for outgoing mail.
 */
export const startSesServer = async ({ port }: { readonly port: number }): Promise<SesServerHandle> => {
  // A CommonJS module with `exports.default`. Required, not imported: ESM interop of such a module
  // differs between Node and the test runner's module loader; require() is the same in both.
  const sesV2Local = createRequire(import.meta.url)('aws-ses-v2-local') as typeof import('aws-ses-v2-local');
  const server = await sesV2Local.default({ host: '127.0.0.1', port });
  // The library resolves even when listen() failed; a server that is not listening has no port.
  if (!server.listening) throw new Error(`The SES server could not listen on port ${port}`);
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let stopped: Promise<void> | undefined;
  return {
    endpoint,
    port: (server.address() as AddressInfo).port,
    mailboxUrl: `${endpoint}/`,
    storeUrl: `${endpoint}/store`,
    stop: () => (stopped ??= closeServer(server)),
  };
};
