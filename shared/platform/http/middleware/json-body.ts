import { malformedJson, malformedText, payloadTooLarge, tooDeeplyNested, unsupportedMediaType } from '../../errors/common-errors.ts';
import { headerOf } from '../api-gateway.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;
/**
 * No body any route accepts nests anywhere near this deep (the deepest, a programme's track-rule
 * condition, is bounded far below it by its schema); past it the schemas, which recurse, are
 * never asked, so a hostile body cannot exhaust the stack.
 */
export const MAX_BODY_DEPTH = 64;

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;
const CSV_MEDIA_TYPE = /^text\/csv\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses the body of routes that declare one: size first (cheap, and it bounds the work), then
 * the media type, then the content, and a JSON body's nesting (at most MAX_BODY_DEPTH levels). JSON unless the route declares `bodyMediaType: 'text/csv'`,
 * whose body schema then receives the decoded UTF-8 text (a BOM kept: the CSV reader drops it).
 * Routes without a body schema ignore any body sent.
 * API Gateway base64-encodes bodies whose media type it does not consider text.
 */
export const jsonBody = ({ limitBytes = DEFAULT_BODY_LIMIT_BYTES }: { readonly limitBytes?: number } = {}): HttpMiddleware => ({
  before: (request) => {
    const state = stateOf(request.context);
    const { event } = request;
    const route = routeOf(state);
    if (route.request?.body === undefined || event.body === undefined || event.body === '') return;
    const bytes = Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
    if (bytes.byteLength > limitBytes) throw payloadTooLarge(limitBytes);
    const contentType = headerOf(event, 'content-type') ?? '';
    if (route.request.bodyMediaType === 'text/csv') {
      if (!CSV_MEDIA_TYPE.test(contentType)) throw unsupportedMediaType('text/csv');
      state.body = decodeText(bytes);
      return;
    }
    if (!JSON_MEDIA_TYPE.test(contentType)) throw unsupportedMediaType();
    const body = parseJson(bytes);
    if (depthExceeds(body, MAX_BODY_DEPTH)) throw tooDeeplyNested(MAX_BODY_DEPTH);
    state.body = body;
  },
});

/** Whether arrays and objects nest more than `limit` levels (`{}` is one), walked without recursion. */
export const depthExceeds = (value: unknown, limit: number): boolean => {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) pending.push([inner, depth + 1]);
  }
  return false;
};

const decodeText = (bytes: Buffer): string => {
  try {
    // ignoreBOM keeps a leading BOM in the text, so what the reader sees is what was sent.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw malformedText();
  }
};

const parseJson = (bytes: Buffer): unknown => {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw malformedJson();
  }
};
