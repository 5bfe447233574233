import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { RouteResult } from '../../shared/platform/http/route.ts';

/** The Swagger UI files the docs page loads, as swagger-ui-dist ships them. */
export type SwaggerUiFile = 'swagger-ui-bundle.js' | 'swagger-ui.css';

interface Asset {
  readonly text: string;
  /** Base64 of the gzipped text, made at the first request that accepts gzip. */
  gzipped?: string;
}

const assets = new Map<string, Promise<Asset>>();

/**
 * Read from swagger-ui-dist through the module resolver: from node_modules in the repository, and
 * in a Lambda from the copy its build puts beside the bundle (infra/bundling/lambda-bundle.ts). The
 * file is read at the first request for it, never at cold start, and kept for the container's life.
 */
const load = (file: SwaggerUiFile, append: string): Promise<Asset> => {
  let asset = assets.get(file);
  if (asset === undefined) {
    asset = readFile(fileURLToPath(import.meta.resolve(`swagger-ui-dist/${file}`)), 'utf8').then((text) => ({ text: text + append }));
    assets.set(file, asset);
  }
  return asset;
};

const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  (acceptEncoding ?? '')
    .toLowerCase()
    .split(',')
    .some((part) => {
      const [coding, ...parameters] = part.split(';').map((piece) => piece.trim());
      return coding === 'gzip' && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
    });

/**
 * The answer for one Swagger UI file (with `append` after it): gzipped when the client accepts it
 * (the script is 1.8 MB as text, about a quarter of that compressed), cached by browsers for a day.
 */
export const swaggerUiAsset = async (file: SwaggerUiFile, acceptEncoding: string | undefined, append = ''): Promise<RouteResult> => {
  const asset = await load(file, append);
  const headers = { 'cache-control': 'public, max-age=86400', vary: 'accept-encoding' };
  if (!acceptsGzip(acceptEncoding)) return { status: 200, body: asset.text, headers };
  asset.gzipped ??= gzipSync(asset.text).toString('base64');
  return { status: 200, body: asset.gzipped, isBase64Encoded: true, headers: { ...headers, 'content-encoding': 'gzip' } };
};
