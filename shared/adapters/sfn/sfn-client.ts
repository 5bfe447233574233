import { SFNClient } from '@aws-sdk/client-sfn';
import { ENV, optionalEnv } from '../../platform/config/env.ts';

let client: SFNClient | undefined;

/** One Step Functions client per process; SFN_ENDPOINT points it at the local cloud. */
export const sfnClient = (): SFNClient => {
  client ??= new SFNClient({ endpoint: optionalEnv(ENV.sfnEndpoint) });
  return client;
};
