import { SESv2Client } from '@aws-sdk/client-sesv2';
import { ENV, optionalEnv } from '../../platform/config/env.ts';

let client: SESv2Client | undefined;

/** One SES v2 client per process; SES_ENDPOINT points it at the local mail server. */
export const sesClient = (): SESv2Client => {
  client ??= new SESv2Client({ endpoint: optionalEnv(ENV.sesEndpoint) });
  return client;
};
