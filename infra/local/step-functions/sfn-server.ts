import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import type { ServiceHandle } from '../services/service-handle.ts';
import type { LocalStateMachine } from './local-state-machine.ts';
import { createSfnApi } from './sfn-api.ts';
import { SfnError, serializationException, unknownOperation } from './sfn-errors.ts';

export interface StepFunctionsServerHandle extends ServiceHandle {
  readonly machines: readonly LocalStateMachine[];
}

const TARGET_PREFIX = 'AWSStepFunctions.';

/** The AWS JSON 1.0 protocol sends timestamps as epoch seconds. */
const toWire = (value: object): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key: string, serialised: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : serialised;
  });

const send = (response: ServerResponse, status: number, body: object, errorType?: string): void => {
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-requestid': randomUUID(),
    ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
  });
  response.end(toWire(body));
};

const parseBody = async (request: IncomingMessage): Promise<unknown> => {
  const body = await text(request);
  try {
    return body === '' ? {} : (JSON.parse(body) as unknown);
  } catch {
    throw serializationException();
  }
};

/**
 * An HTTP server speaking the Step Functions API (AWS JSON 1.0: `POST /` with
 * `X-Amz-Target: AWSStepFunctions.<Operation>`), so functions use the ordinary SFN SDK client
 * with `SFN_ENDPOINT`. Executions run in this process through aws-local-stepfunctions.
 */
export const startStepFunctionsServer = async ({
  port,
  machines,
}: {
  readonly port: number;
  readonly machines: readonly LocalStateMachine[];
}): Promise<StepFunctionsServerHandle> => {
  const api = createSfnApi(machines);

  const server = createServer((request, response) => {
    const target = request.headers['x-amz-target'];
    const operation = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    (async () => {
      if (request.method !== 'POST' || !api.isOperation(operation)) throw unknownOperation(typeof target === 'string' ? target : '');
      send(response, 200, api.call(operation, await parseBody(request)));
    })().catch((error: unknown) => {
      if (error instanceof SfnError) return send(response, 400, { __type: error.type, message: error.message }, error.type);
      console.error('local Step Functions server:', error);
      send(
        response,
        500,
        { __type: 'InternalServerError', message: error instanceof Error ? error.message : String(error) },
        'InternalServerError',
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;

  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    await api.stopAll();
    await new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
  };
  return { endpoint: `http://127.0.0.1:${actualPort}`, port: actualPort, machines, stop: () => (stopped ??= stop()) };
};
