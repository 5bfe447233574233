import { join } from 'node:path';
import { poolOfRole, USER_POOLS, type UserPoolName } from '../../../shared/platform/auth/user-pools.ts';
import { createLocalIssuer, type LocalIssuer, type MintRequest } from './local-issuer.ts';

export type PoolMintRequest = MintRequest & {
  /** The pool that signs; by default the pool of the token's roles, which must then be one pool. */
  readonly pool?: UserPoolName;
};

/** The local stand-ins for a deployment's two user pools, as the gateway, `npm run token` and tests use them. */
export interface LocalPools extends Readonly<Record<UserPoolName, LocalIssuer>> {
  readonly mint: (request: PoolMintRequest) => Promise<string>;
}

/** The pool a token for these roles comes from, as Cognito would issue it. */
export const poolOfRoles = (request: PoolMintRequest): UserPoolName => {
  if (request.pool !== undefined) return request.pool;
  const pools = new Set((request.roles ?? [request.role]).map(poolOfRole));
  const [pool] = pools;
  if (pools.size !== 1 || pool === undefined) {
    throw new Error(`Roles ${(request.roles ?? [request.role]).join(', ')} belong to different pools: say which pool signs the token`);
  }
  return pool;
};

/**
 * One local issuer per user pool, each with its own key pair under `keyDirectory/<pool>`, so that
 * `npm run token` (another process) signs with the keys a running `npm start` verifies with.
 *   const pools = await createLocalPools({ keyDirectory: '.local/auth' });
 *   const token = await pools.mint({ role: 'staff', sub, programmes: ['*'] });   // the workforce pool's
 */
export const createLocalPools = async ({ keyDirectory }: { readonly keyDirectory: string }): Promise<LocalPools> => {
  const [applicants, workforce] = await Promise.all(
    USER_POOLS.map((pool) => createLocalIssuer({ keyDirectory: join(keyDirectory, pool), pool })),
  );
  if (applicants === undefined || workforce === undefined) throw new Error('A local issuer per user pool');
  const issuers: Record<UserPoolName, LocalIssuer> = { applicants, workforce };
  return {
    ...issuers,
    mint: async (request) => issuers[poolOfRoles(request)].mint(request),
  };
};
