import { Busboy, type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkPostForm, fileSizeRefusal, type PostPolicySigner, type S3Refusal, type SizeRange } from './s3-post-policy.ts';
import type { ServiceHandle } from './service-handle.ts';

export interface PostPolicyGateOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** The S3 server behind the gate, on 127.0.0.1. */
  readonly upstreamPort: number;
  readonly signer: PostPolicySigner;
  /** The bucket's CORS origins, so that a browser can read a refusal as it can read S3's. */
  readonly allowedOrigins: readonly string[];
}

/** S3 reads at most this much of a form before the file. */
const MAX_FIELDS_BYTES = 20 * 1024;
/** The bytes around a field besides its boundary, name and value: `--`, CRLFs, Content-Disposition. */
const FIELD_FRAMING = '--\r\nContent-Disposition: form-data; name=""\r\n\r\n\r\n'.length;
/** How much of a refused body is read and dropped before the connection is cut instead. */
const DRAIN_LIMIT_BYTES = 256 * 1024 * 1024;

/** Headers that describe one connection, not the message: never relayed. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect']);

const FIELDS_TOO_LARGE: S3Refusal = {
  status: 400,
  code: 'MaxPostPreDataLengthExceeded',
  message: 'Your POST request fields preceding the upload file were too large.',
  details: { MaxPostPreDataLengthBytes: String(MAX_FIELDS_BYTES) },
};
const MALFORMED: S3Refusal = {
  status: 400,
  code: 'MalformedPOSTRequest',
  message: 'The body of your POST request is not well-formed multipart/form-data.',
};
const NO_FILE: S3Refusal = {
  status: 400,
  code: 'InvalidArgument',
  message: 'POST requires exactly one file upload per request.',
  details: { ArgumentName: 'file', ArgumentValue: '0' },
};
const NOT_A_FORM: S3Refusal = {
  status: 412,
  code: 'PreconditionFailed',
  message: 'At least one of the pre-conditions you specified did not hold',
  details: { Condition: 'Bucket POST must be of the enclosure-type multipart/form-data' },
};

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[character]};`);

const errorXml = ({ code, message, details = {} }: S3Refusal, requestId: string): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>`,
    ...Object.entries(details).map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`),
    `<RequestId>${requestId}</RequestId></Error>`,
  ].join('');

/**
 * The bucket of a browser upload: s3rver stores the file of any POST to `/<bucket>` but DeleteObjects
 * (`?delete`), so the gate takes every such request, whatever its content type.
 */
const uploadBucket = (incoming: IncomingMessage): string | undefined => {
  if (incoming.method !== 'POST') return undefined;
  const url = new URL(incoming.url ?? '/', 'http://s3.local');
  const bucket = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (bucket === undefined || url.searchParams.has('delete')) return undefined;
  try {
    return decodeURIComponent(bucket);
  } catch {
    return bucket;
  }
};

const isMultipartForm = (contentType: string | undefined): boolean => /^multipart\/form-data\s*(;|$)/i.test(contentType ?? '');

/** The message's headers, without the connection's, and the gate's own address as host. */
const forwardedHeaders = (incoming: IncomingMessage, host: string, replace: OutgoingHttpHeaders = {}): OutgoingHttpHeaders => {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
  }
  // s3rver reads a bucket from a host name that is not an address; the gate's clients address buckets by path.
  return { ...headers, ...replace, host };
};

const relayedHeaders = (raw: readonly string[]): string[] =>
  raw.flatMap((item, index) => (index % 2 === 0 && !HOP_BY_HOP.has(item.toLowerCase()) ? [item, raw[index + 1] ?? ''] : []));

type Received =
  | {
      readonly kind: 'file';
      readonly fields: readonly (readonly [string, string])[];
      readonly fileName: string;
      readonly mimeType: string;
    }
  | { readonly kind: 'refused'; readonly refusal: S3Refusal }
  /** The client went away: nobody to answer. */
  | { readonly kind: 'gone' };

class OverTheRange extends Error {
  readonly refusal: S3Refusal;

  constructor(refusal: S3Refusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
}

/** Counts the file's bytes, failing the moment there are more than the policy allows. */
const sizeCheck = (size: SizeRange, counted: { bytes: number }): Transform =>
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length;
      const refusal = fileSizeRefusal(counted.bytes, size, false);
      done(refusal === undefined ? null : new OverTheRange(refusal), refusal === undefined ? chunk : undefined);
    },
  });

/**
 * Reads a browser upload's form as S3 does: the fields (at most 20 KB of them), then, once the file
 * part starts, the policy check; the file goes to `spool` only if the form passed, and no further
 * than its content-length-range. Fields after the file are read past, as S3 ignores them.
 */
const receiveForm = (incoming: IncomingMessage, bucket: string, signer: PostPolicySigner, spool: string): Promise<Received> =>
  new Promise((resolve) => {
    const fields: [string, string][] = [];
    let fieldsBytes = 0;
    const boundary = /boundary="?([^";]+)/i.exec(incoming.headers['content-type'] ?? '')?.[1] ?? '';
    let file: Promise<Received> | undefined;
    let settled = false;
    let busboy: BusboyInstance;
    const settle = (received: Received) => {
      if (settled) return;
      settled = true;
      if (received.kind !== 'file') {
        // The rest of a refused body is read and dropped, never kept.
        incoming.unpipe(busboy);
        incoming.resume();
      }
      resolve(received);
    };
    const refuse = (refusal: S3Refusal) => settle({ kind: 'refused', refusal });

    try {
      busboy = Busboy({
        headers: incoming.headers as BusboyHeaders,
        isPartAFile: (name) => name === 'file',
        limits: { fieldNameSize: MAX_FIELDS_BYTES + 1, fieldSize: MAX_FIELDS_BYTES + 1 },
      });
    } catch {
      incoming.resume();
      resolve({ kind: 'refused', refusal: MALFORMED });
      return;
    }

    busboy.on('field', (name, value, nameTruncated, valueTruncated) => {
      if (file !== undefined || settled) return;
      fieldsBytes += boundary.length + FIELD_FRAMING + Buffer.byteLength(name) + Buffer.byteLength(value);
      if (nameTruncated || valueTruncated || fieldsBytes > MAX_FIELDS_BYTES) return refuse(FIELDS_TOO_LARGE);
      fields.push([name, value]);
    });
    busboy.on('file', (_name, stream, fileName, _encoding, mimeType) => {
      if (file !== undefined || settled) {
        stream.resume();
        return;
      }
      const checked = checkPostForm({ bucket, fields, fileName }, signer, new Date());
      if (!('size' in checked)) {
        stream.resume();
        file = Promise.resolve({ kind: 'refused', refusal: checked });
        return refuse(checked);
      }
      const counted = { bytes: 0 };
      file = pipeline(stream, sizeCheck(checked.size, counted), createWriteStream(spool)).then(
        (): Received => {
          const refusal = fileSizeRefusal(counted.bytes, checked.size, true);
          return refusal === undefined ? { kind: 'file', fields: checked.fields, fileName, mimeType } : { kind: 'refused', refusal };
        },
        (error: unknown): Received => ({ kind: 'refused', refusal: error instanceof OverTheRange ? error.refusal : MALFORMED }),
      );
      // Too large is answered at once, not after the rest of the file has arrived.
      void file.then((received) => {
        if (received.kind !== 'file') settle(received);
      });
    });
    busboy.on('finish', () => {
      if (file === undefined) return refuse(NO_FILE);
      void file.then(settle);
    });
    busboy.on('error', () => refuse(MALFORMED));
    incoming.on('error', () => settle({ kind: 'gone' }));
    incoming.pipe(busboy);
  });

/**
 * Starts the local S3's front door: browser uploads (POST of a multipart form to a bucket) are
 * checked against their signed policy as S3 checks them, and only a form that passes reaches the
 * S3 server behind, rebuilt from the checked fields and the file read within its size range. Every
 * other request (SDK calls signed in headers, presigned GET URLs) passes through unchanged. The
 * file waits in a temporary folder, never in memory.
 */
export const startPostPolicyGate = async ({
  port,
  upstreamPort,
  signer,
  allowedOrigins,
}: PostPolicyGateOptions): Promise<ServiceHandle> => {
  const spoolDirectory = await mkdtemp(join(tmpdir(), 'cadre-s3-uploads-'));
  let host = '';

  const corsHeaders = (origin: string | undefined): OutgoingHttpHeaders => {
    if (origin === undefined) return {};
    if (allowedOrigins.includes('*')) return { 'access-control-allow-origin': '*', vary: 'Origin' };
    return allowedOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  };

  /**
   * Answers a refusal once the client has finished sending (the refused body is drained, never
   * kept): answering and closing mid-upload makes the client's next write fail with EPIPE instead
   * of reading the answer. A body that keeps coming past DRAIN_LIMIT_BYTES is cut off.
   */
  const refuse = (incoming: IncomingMessage, response: ServerResponse, refusal: S3Refusal): void => {
    if (incoming.complete || incoming.destroyed) {
      answerRefusal(incoming, response, refusal);
      return;
    }
    let drained = 0;
    const onData = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT_BYTES) finish();
    };
    const finish = () => {
      incoming.off('data', onData).off('end', finish).off('close', finish);
      answerRefusal(incoming, response, refusal);
    };
    incoming.on('data', onData).once('end', finish).once('close', finish);
    incoming.resume();
  };

  const answerRefusal = (incoming: IncomingMessage, response: ServerResponse, refusal: S3Refusal): void => {
    if (response.headersSent || response.destroyed) return;
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    const body = errorXml(refusal, requestId);
    response.writeHead(refusal.status, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
      'x-amz-request-id': requestId,
      // The client may still be sending a body nobody will read.
      connection: 'close',
      ...corsHeaders(incoming.headers.origin),
    });
    response.end(body);
  };

  /** Sends a request to s3rver and its answer back to the client. */
  const relay = (incoming: IncomingMessage, response: ServerResponse, body: Readable, headers: OutgoingHttpHeaders): Promise<void> =>
    new Promise((resolve) => {
      const upstream = request({ host: '127.0.0.1', port: upstreamPort, method: incoming.method, path: incoming.url, headers });
      upstream.once('error', (error) => {
        if (response.headersSent) response.destroy(error);
        else response.writeHead(502, { 'content-type': 'text/plain' }).end(`The local S3 server did not answer: ${error.message}`);
        resolve();
      });
      upstream.once('response', (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, relayedHeaders(answer.rawHeaders));
        pipeline(answer, response).then(resolve, () => resolve());
      });
      pipeline(body, upstream).catch(() => upstream.destroy());
    });

  const upload = async (incoming: IncomingMessage, response: ServerResponse, bucket: string): Promise<void> => {
    if (!isMultipartForm(incoming.headers['content-type'])) {
      incoming.resume();
      return refuse(incoming, response, NOT_A_FORM);
    }
    const spool = join(spoolDirectory, randomUUID());
    try {
      const received = await receiveForm(incoming, bucket, signer, spool);
      if (received.kind === 'gone') return;
      if (received.kind === 'refused') return refuse(incoming, response, received.refusal);
      const form = new FormData();
      for (const [name, value] of received.fields) form.append(name, value);
      form.append('file', await openAsBlob(spool, { type: received.mimeType }), received.fileName);
      const encoded = new Response(form);
      if (encoded.body === null) throw new Error('A form always has a body');
      const headers = forwardedHeaders(incoming, host, { 'content-type': encoded.headers.get('content-type') ?? '' });
      // The rebuilt form has a length of its own: sent chunked.
      delete headers['content-length'];
      await relay(incoming, response, Readable.fromWeb(encoded.body), headers);
    } finally {
      await rm(spool, { force: true });
    }
  };

  const server = createServer((incoming, response) => {
    const bucket = uploadBucket(incoming);
    const handled =
      bucket === undefined ? relay(incoming, response, incoming, forwardedHeaders(incoming, host, {})) : upload(incoming, response, bucket);
    handled.catch((error: unknown) => {
      console.error('local S3 gate:', error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await rm(spoolDirectory, { recursive: true, force: true });
    throw error;
  }
  const actualPort = (server.address() as AddressInfo).port;
  host = `127.0.0.1:${actualPort}`;

  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://${host}`,
    port: actualPort,
    stop: () =>
      (stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }).finally(() => rm(spoolDirectory, { recursive: true, force: true }))),
  };
};
