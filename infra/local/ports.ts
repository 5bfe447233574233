import { createServer } from 'node:net';
import { LocalCloudError } from './local-cloud-error.ts';

export interface PortClaim {
  readonly service: string;
  readonly port: number;
  /** The environment variable that moves this service to another port. */
  readonly envVar: string;
}

const listenOnce = (port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    // No host: binding every interface also collides with a listener on one address.
    server.listen({ port, exclusive: true }, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : port));
    });
  });

const isFree = async (port: number): Promise<boolean> => {
  try {
    await listenOnce(port);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return false;
    throw error;
  }
};

/**
 * Fails with one message naming every busy port and the variable that moves it, before anything
 * starts: a service that cannot bind half-way through start-up leaves a mess and a stack trace.
 * Port 0 means "any free port" and is never busy.
 */
export const assertPortsFree = async (claims: readonly PortClaim[]): Promise<void> => {
  const busy: PortClaim[] = [];
  for (const claim of claims) {
    if (claim.port !== 0 && !(await isFree(claim.port))) busy.push(claim);
  }
  if (busy.length === 0) return;
  const lines = busy.map(
    (claim) => `  port ${claim.port} (${claim.service}) is already in use: stop what uses it, or set ${claim.envVar}=<another port>`,
  );
  throw new LocalCloudError(`Cannot start the local cloud:\n${lines.join('\n')}`);
};

/** A port free right now, for services (DynamoDB Local) that cannot listen on port 0 and report back. */
export const findFreePort = (): Promise<number> => listenOnce(0);
