/**
 * AWS list prices the bench's cost model multiplies counted work by: us-east-1, on-demand, no free
 * tier, no savings plan, first pricing tier. Checked 2026-01 against the AWS pricing pages named
 * on each line (and DESIGN §7). eu-north-1 (prod) is within a few percent for these services;
 * re-check there before quoting a bill.
 */
export const PRICES = {
  /** https://aws.amazon.com/step-functions/pricing/ — Standard workflows, per state transition. */
  standardTransitionUsd: 0.025 / 1_000,
  /** https://aws.amazon.com/step-functions/pricing/ — Express workflows, per request (duration is billed on top, per GB-s). */
  expressRequestUsd: 1 / 1_000_000,
  /** https://aws.amazon.com/step-functions/pricing/ — Express duration, first 1,000 h GB per month, per GB-s (64 MB minimum). */
  expressGbSecondUsd: 0.00001667,
  /** https://aws.amazon.com/lambda/pricing/ — arm64, first 7.5 billion GB-s per month. */
  lambdaArmGbSecondUsd: 0.0000133334,
  /** https://aws.amazon.com/lambda/pricing/ — per request, both architectures. */
  lambdaRequestUsd: 0.2 / 1_000_000,
  /** https://aws.amazon.com/dynamodb/pricing/on-demand/ — per read request unit (since the 2024-11 price cut). */
  dynamoDbReadUnitUsd: 0.125 / 1_000_000,
  /** https://aws.amazon.com/dynamodb/pricing/on-demand/ — per write request unit (since the 2024-11 price cut). */
  dynamoDbWriteUnitUsd: 0.625 / 1_000_000,
  /** https://aws.amazon.com/ses/pricing/ — outbound mail, per message. */
  sesMailUsd: 0.1 / 1_000,
  /** https://aws.amazon.com/s3/pricing/ — S3 Standard PUT, COPY, POST, LIST requests, per request (eu-central-1: $0.0054 per 1,000). */
  s3PutRequestUsd: 0.005 / 1_000,
  /** https://aws.amazon.com/s3/pricing/ — S3 Standard GET, HEAD and other requests, per request. */
  s3GetRequestUsd: 0.0004 / 1_000,
  /** https://aws.amazon.com/s3/pricing/ — S3 Standard storage, first 50 TB a month, per GB-month. */
  s3StorageGbMonthUsd: 0.023,
  /**
   * https://aws.amazon.com/kms/pricing/ — asymmetric requests other than RSA 2048 (the credential
   * key is ECC_NIST_P256, so each Sign and GetPublicKey), per request: $0.15 per 10,000.
   */
  kmsAsymmetricRequestUsd: 0.15 / 10_000,
} as const;
