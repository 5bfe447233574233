import { GetObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import type { StoredObject } from '../../documents/ports/document-store.ts';
import type { MalwareScanner, ScanVerdict } from '../../documents/ports/malware-scanner.ts';
import { logger } from '../../platform/observability/logger.ts';

/** The tag GuardDuty Malware Protection for S3 puts on each scanned object (tagging action enabled on the plan). */
export const SCAN_STATUS_TAG = 'GuardDutyMalwareScanStatus';

/**
 * GuardDuty scans every new object of the protected bucket asynchronously and tags it with the
 * result. No tag yet means the scan has not finished. ACCESS_DENIED and FAILED are faults of our
 * set-up or of the service, not of the file: the document waits (and ops hear about it) rather
 * than being blamed on the applicant.
 */
const VERDICTS: Readonly<Record<string, ScanVerdict>> = {
  NO_THREATS_FOUND: 'clean',
  THREATS_FOUND: 'infected',
  UNSUPPORTED: 'unscannable',
  ACCESS_DENIED: 'pending',
  FAILED: 'pending',
};

export class GuardDutyTagScanner implements MalwareScanner {
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(client: S3Client, bucket: string) {
    this.#client = client;
    this.#bucket = bucket;
  }

  async verdict(object: StoredObject): Promise<ScanVerdict> {
    const { TagSet = [] } = await this.#client.send(
      new GetObjectTaggingCommand({ Bucket: this.#bucket, Key: object.key, VersionId: object.versionId }),
    );
    const status = TagSet.find((tag) => tag.Key === SCAN_STATUS_TAG)?.Value;
    if (status === undefined) return 'pending';
    const verdict = VERDICTS[status] ?? 'pending';
    // The key carries a file name, which can be personal: only the status is logged.
    if (verdict === 'pending') logger.warn('GuardDuty could not scan a document', { scanStatus: status });
    return verdict;
  }
}
