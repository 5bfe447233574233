/**
 * A fault worth retrying (throttling, a 5xx, a dropped connection). Workflow Task states retry on
 * the error name `TransientError` with backoff; anything else goes straight to their Catch.
 */
export class TransientError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TimeoutError',
]);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

interface SdkLikeError {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly $retryable?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
}

/** Judged from what AWS SDK v3 and Node put on errors, without importing any SDK. */
export const isTransientFault = (error: unknown): boolean => {
  if (error instanceof TransientError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, $retryable, $metadata } = error as SdkLikeError;
  const status = $metadata?.httpStatusCode;
  return (
    $retryable !== undefined ||
    (typeof status === 'number' && status >= 500) ||
    (typeof name === 'string' && TRANSIENT_NAMES.has(name)) ||
    (typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code))
  );
};
