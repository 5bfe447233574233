import { randomUUID } from 'node:crypto';
import { certificateDependenciesFromEnv } from '../../shared/adapters/certificates/certificate-dependencies-from-env.ts';
import { issueRequestedCertificates, type IssuingReport } from '../../shared/certificates/use-cases/issue-requested-certificates.ts';
import { waitFor } from './wait-for.ts';

/**
 * Runs the certificate issuer as its schedule does (the test setup runs no schedules); another
 * test's run holding the lease is waited out, never raced.
 */
export const runIssuer = (): Promise<IssuingReport> =>
  waitFor(
    async () => {
      const report = await issueRequestedCertificates(certificateDependenciesFromEnv(), {
        budgetMs: 60_000,
        holder: `test-${randomUUID()}`,
      });
      return report.outcome === 'lease-held' ? undefined : report;
    },
    { description: 'the issuer’s lease to be free', timeoutMs: 60_000 },
  );
