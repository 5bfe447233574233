import type { CertificateDependencies } from './certificate-dependencies.ts';
import { issueCertificate } from './issue-certificate.ts';
import { publishIssuerKeys } from './publish-issuer-keys.ts';
import { publishStatusList } from './publish-status-list.ts';

export interface IssuingSettings {
  /** Stop taking new certificates after this long (the Lambda runs every minute; leave room to finish the last). */
  readonly budgetMs: number;
  /** Who holds the lease (the invocation's request id). */
  readonly holder: string;
  /** Certificates read per round: issued a few at a time, since signing and rendering wait on KMS and S3. */
  readonly batchSize?: number | undefined;
}

export interface IssuingReport {
  /** `drained`: none is left waiting; `budget-spent`: stopped on time with some still waiting; `lease-held`: another issuer is at work. */
  readonly outcome: 'drained' | 'budget-spent' | 'lease-held';
  readonly issued: number;
  /** Taken or finished by someone else first. */
  readonly skipped: number;
  /** Status lists whose revocations a revocation's own publication did not get out, published now. */
  readonly republished: readonly number[];
}

const DEFAULT_BATCH = 25;
/** Certificates issued side by side: rendering takes a core, signing and storing wait on the network. */
const PARALLEL = 4;
/** The lease outlives the budget by the longest one certificate can take. */
const LEASE_MARGIN_MS = 60_000;

/**
 * The issuer, run every minute: publishes the issuer's keys when the signing key is new to the
 * site, issues requested certificates oldest first until none is left or the budget is spent, and
 * republishes any status list left behind its revocations. Under a lease, so one issuer works at a
 * time; everything it does is safe to repeat.
 */
export const issueRequestedCertificates = async (
  deps: Pick<
    CertificateDependencies,
    | 'certificates'
    | 'holders'
    | 'sequences'
    | 'signer'
    | 'issuerKeys'
    | 'site'
    | 'statusLists'
    | 'renderer'
    | 'files'
    | 'mailQueue'
    | 'lease'
    | 'clock'
  >,
  settings: IssuingSettings,
): Promise<IssuingReport> => {
  const started = deps.clock().getTime();
  const deadline = started + settings.budgetMs;
  if (!(await deps.lease.acquire(settings.holder, new Date(started), new Date(deadline + LEASE_MARGIN_MS)))) {
    return { outcome: 'lease-held', issued: 0, skipped: 0, republished: [] };
  }
  try {
    await publishIssuerKeys(deps);
    const counts = { issued: 0, skipped: 0 };
    let outcome: IssuingReport['outcome'] = 'drained';
    for (;;) {
      if (deps.clock().getTime() >= deadline) {
        outcome = 'budget-spent';
        break;
      }
      const batch = await deps.certificates.requested(settings.batchSize ?? DEFAULT_BATCH);
      if (batch.length === 0) break;
      let issuedNow = 0;
      for (let start = 0; start < batch.length; start += PARALLEL) {
        const results = await Promise.all(batch.slice(start, start + PARALLEL).map((certificate) => issueCertificate(deps, certificate)));
        for (const result of results) counts[result] += 1;
        issuedNow += results.filter((result) => result === 'issued').length;
      }
      // A batch that someone else took whole is no progress of ours: the next run sees what they left.
      if (issuedNow === 0) break;
    }
    const republished = [...(await deps.statusLists.unpublished())];
    for (const listId of republished) await publishStatusList(deps, listId);
    return { outcome, ...counts, republished };
  } finally {
    await deps.lease.release(settings.holder);
  }
};
