/**
 * A start-up problem the developer can fix (a port in use, Java missing). `npm start` prints
 * only its message: a stack trace would hide the one line that says what to do.
 */
export class LocalCloudError extends Error {
  override readonly name = 'LocalCloudError';
}
