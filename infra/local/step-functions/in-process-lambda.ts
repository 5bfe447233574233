import type { Context } from 'aws-lambda';
import { localLambdaContext } from '../lambda-context.ts';
import type { JsonValue, TaskInvoker } from './local-state-machine.ts';

/** A Lambda handler as `functions/<capability>/handler.ts` exports it (middy-wrapped or bare). */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * How a failed invocation reaches Step Functions in AWS: the state's error is the function's
 * `errorType` (so `Retry`/`Catch` on `TransientError` work) and the cause is the JSON document
 * Lambda returns for the error.
 */
class LambdaFunctionError extends Error {
  constructor(errorType: string, cause: string) {
    super(cause);
    this.name = errorType;
  }
}

const toLambdaError = (thrown: unknown): LambdaFunctionError => {
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  const cause = JSON.stringify({
    errorType: error.name,
    errorMessage: error.message,
    trace: (error.stack ?? '').split('\n'),
  });
  return new LambdaFunctionError(error.name, cause);
};

/** Lambda gives a function at most this long; locally it only feeds getRemainingTimeInMillis. */
const TIMEOUT_MS = 60_000;

/**
 * Invokes a Lambda handler in this process the way the Lambda service would: the event and the
 * result cross a JSON boundary (no shared objects, `undefined` becomes `null`), a fresh context
 * per call, and a thrown error becomes the error Step Functions sees. The handler module is
 * loaded on first use so it reads the environment the local cloud has set by then.
 */
export const inProcessInvoker = (functionName: string, loadHandler: () => Promise<LambdaHandler>): TaskInvoker => {
  let handler: Promise<LambdaHandler> | undefined;
  return async (input) => {
    handler ??= loadHandler();
    const event: unknown = JSON.parse(JSON.stringify(input));
    let result: unknown;
    try {
      result = await (await handler)(event, localLambdaContext(functionName, TIMEOUT_MS));
    } catch (error) {
      throw toLambdaError(error);
    }
    return JSON.parse(JSON.stringify(result ?? null)) as JsonValue;
  };
};
