import type { IncomingMessage } from 'node:http';

/** API Gateway HTTP API's payload limit. */
export const GATEWAY_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export type BodyReading = { readonly ok: true; readonly body: Buffer } | { readonly ok: false };

/**
 * Reads the request body up to `limitBytes`. Past the limit it keeps draining but stops keeping,
 * so the client, still sending, receives the 413 instead of a reset connection.
 */
export const readBody = async (request: IncomingMessage, limitBytes: number): Promise<BodyReading> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.byteLength;
    if (size <= limitBytes) chunks.push(bytes);
  }
  return size <= limitBytes ? { ok: true, body: Buffer.concat(chunks) } : { ok: false };
};
