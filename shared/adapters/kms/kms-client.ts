import { KMSClient } from '@aws-sdk/client-kms';

let client: KMSClient | undefined;

/** One KMS client per process, built at the first signature (see lazy-kms-credential-signer.ts). */
export const kmsClient = (): KMSClient => {
  client ??= new KMSClient({});
  return client;
};
