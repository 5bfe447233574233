import type { MalwareScanner } from '../../documents/ports/malware-scanner.ts';
import { once } from '../../platform/wiring/once.ts';
import { s3Client } from '../s3/s3-client.ts';
import { GuardDutyTagScanner } from './guardduty-tag-scanner.ts';

/** GuardDutyTagScanner and its S3 client built at the first verdict (a confirmation), not at cold start. */
export const lazyGuardDutyTagScanner = (bucket: string): MalwareScanner => {
  const scanner = once(() => new GuardDutyTagScanner(s3Client(), bucket));
  return { verdict: async (object) => scanner().verdict(object) };
};
