import type { MalwareScanner } from '../../documents/ports/malware-scanner.ts';
import { once } from '../../platform/wiring/once.ts';

/** GuardDutyTagScanner, its module and the S3 client loaded and built at the first verdict (a confirmation), not at cold start. */
export const lazyGuardDutyTagScanner = (bucket: string): MalwareScanner => {
  const scanner = once(async () => {
    const [{ GuardDutyTagScanner }, { s3Client }] = await Promise.all([import('./guardduty-tag-scanner.ts'), import('../s3/s3-client.ts')]);
    return new GuardDutyTagScanner(s3Client(), bucket);
  });
  return { verdict: async (object) => (await scanner()).verdict(object) };
};
