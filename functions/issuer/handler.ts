import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { certificateDependenciesFromEnv } from '../../shared/adapters/certificates/certificate-dependencies-from-env.ts';
import { issueRequestedCertificates, type IssuingReport } from '../../shared/certificates/use-cases/issue-requested-certificates.ts';
import { logger } from '../../shared/platform/observability/logger.ts';
import { businessMetrics } from '../../shared/platform/observability/metrics.ts';

// Cold start: the container's clients and repositories, built once before the first run; the
// signer's client and the PDF renderers load at the first certificate.
certificateDependenciesFromEnv();

/** The schedule sends `{}` (infra/schedules/index.ts); nothing else is accepted. */
const issueEventSchema = z.strictObject({});

/** Stop taking certificates this long before the function's timeout, so the last one finishes. */
const RESERVE_MS = 15_000;
/** Issue at most this long per invocation: the schedule starts the next one every minute. */
const MAX_BUDGET_MS = 45_000;

/**
 * The `issuer` capability: the certificate issuer, started every minute by the `certificateIssue`
 * schedule. It signs, renders and publishes the certificates the `issueCertificate` effect requested.
 */
export const handler = async (event: unknown, context: Context): Promise<IssuingReport> => {
  issueEventSchema.parse(event);
  const report = await issueRequestedCertificates(certificateDependenciesFromEnv(), {
    budgetMs: Math.max(0, Math.min(MAX_BUDGET_MS, context.getRemainingTimeInMillis() - RESERVE_MS)),
    holder: context.awsRequestId,
  });
  // Counts only: holders' names are personal data.
  logger.info('certificates issued', { ...report });
  if (report.outcome !== 'lease-held') {
    businessMetrics.record('CertificatesIssued', {}, report.issued);
    await businessMetrics.flush();
  }
  return report;
};
