import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandler } from '../../../shared/platform/http/api-gateway.ts';
import type { Capability } from '../../../shared/platform/http/route.ts';
import { ROUTES } from '../../../shared/route-table.ts';
import { LocalCloudError } from '../local-cloud-error.ts';
import { createGatewayListener, type GatewayListenerOptions } from './gateway-listener.ts';

export type GatewayOptions = Omit<GatewayListenerOptions, 'routes' | 'loadHandler'> &
  Partial<Pick<GatewayListenerOptions, 'routes' | 'loadHandler'>> & {
    /** 0 (the default) picks a free port; read the chosen one from `url`. */
    readonly port?: number;
    /** Loopback by default: the gateway mints tokens for anyone who asks (POST /local/token). */
    readonly host?: string;
  };

export interface RunningGateway {
  /** e.g. http://localhost:3000 */
  readonly url: string;
  readonly server: Server;
  readonly stop: () => Promise<void>;
}

/**
 * Starts the local API gateway, serving the route table with the capability handlers in-process.
 *   const pools = await createLocalPools({ keyDirectory: '.local/auth' });
 *   const gateway = await createGateway({ pools, port: 3000 });   // routes: ROUTES, handlers: functions/<capability>/handler.ts
 *   ...; await gateway.stop();
 * Tests pass their own `routes` and `loadHandler`, and `port: 0`.
 */
export const createGateway = async ({
  routes = ROUTES,
  loadHandler = loadCapabilityHandler,
  port = 0,
  host = '127.0.0.1',
  ...options
}: GatewayOptions): Promise<RunningGateway> => {
  const server = createServer(createGatewayListener({ ...options, routes, loadHandler }));
  // Idle keep-alive connections stay open longer than any client keeps them (Node's 5 s default
  // races a client reusing the socket at that moment: "other side closed" on a busy machine).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalCloudError(`Port ${port} is in use: the API gateway cannot start there. Free it or choose another port.`)
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${boundPort}`,
    server,
    stop: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
};

const handlers = new Map<Capability, Promise<ApiHandler>>();

/** The same handler module the capability's Lambda runs, imported once on first use. */
const loadCapabilityHandler = (capability: Capability): Promise<ApiHandler> => {
  const existing = handlers.get(capability);
  if (existing !== undefined) return existing;
  const loading = import(`../../../functions/${capability}/handler.ts`).then((module: { readonly handler?: unknown }) => {
    if (typeof module.handler !== 'function') throw new Error(`functions/${capability}/handler.ts does not export a handler`);
    return module.handler as ApiHandler;
  });
  handlers.set(capability, loading);
  return loading;
};
