import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger, created once per process (Powertools reads LOG_LEVEL itself; INFO when unset).
 * What may be logged: route keys, statuses, durations, error codes and names, correlation ids.
 * Never bodies, headers, tokens, names, emails or anything else a person sent or is.
 */
export const logger = new Logger({ serviceName: 'cadre' });

/**
 * What we log about an error we did not expect: its class and where it was thrown. The message is
 * left out on purpose, because messages of library and domain errors can quote input values.
 */
export const describeUnexpectedError = (error: unknown): { readonly errorName: string; readonly errorStack: readonly string[] } => {
  if (!(error instanceof Error)) return { errorName: typeof error, errorStack: [] };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return { errorName: error.name, errorStack: frames };
};
