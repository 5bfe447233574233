import { cognitoPoolTokenVerifier } from '../../shared/adapters/jwt/pool-token-verifier.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import type { PoolTokenVerifier } from '../../shared/platform/auth/pool-token.ts';
import { USER_POOLS } from '../../shared/platform/auth/user-pools.ts';
import { once } from '../../shared/platform/wiring/once.ts';

export interface TokenAuthorizerWiring {
  readonly verifiers: readonly PoolTokenVerifier[];
}

/** One verifier per user pool, from the issuer and app client CDK gives the function; built once per container. */
export const wiring: () => TokenAuthorizerWiring = once(() => ({
  verifiers: USER_POOLS.map((pool) =>
    cognitoPoolTokenVerifier(pool, requireEnv(ENV.userPoolIssuer[pool]), requireEnv(ENV.userPoolClientId[pool])),
  ),
}));
