import { gzipSync } from 'node:zlib';
import type { RouteResult } from '../../shared/platform/http/route.ts';

/** A static text the docs function serves, with its gzipped form made at the first request that accepts gzip. */
export interface StaticText {
  readonly text: string;
  /** Base64 of the gzipped text. */
  gzipped?: string;
}

const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  (acceptEncoding ?? '')
    .toLowerCase()
    .split(',')
    .some((part) => {
      const [coding, ...parameters] = part.split(';').map((piece) => piece.trim());
      return coding === 'gzip' && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
    });

/**
 * The answer for a static script or stylesheet: gzipped when the client accepts it (a library's
 * script is a quarter of its size compressed), cached by browsers for `maxAgeSeconds`.
 */
export const compressedAnswer = (asset: StaticText, acceptEncoding: string | undefined, maxAgeSeconds: number): RouteResult => {
  const headers = { 'cache-control': `public, max-age=${maxAgeSeconds}`, vary: 'accept-encoding' };
  if (!acceptsGzip(acceptEncoding)) return { status: 200, body: asset.text, headers };
  asset.gzipped ??= gzipSync(asset.text).toString('base64');
  return { status: 200, body: asset.gzipped, isBase64Encoded: true, headers: { ...headers, 'content-encoding': 'gzip' } };
};
