import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RouteResult } from '../../shared/platform/http/route.ts';
import { compressedAnswer, type StaticText } from './compressed-answer.ts';

/** The Swagger UI files the docs page loads, as swagger-ui-dist ships them. */
export type SwaggerUiFile = 'swagger-ui-bundle.js' | 'swagger-ui.css';

const assets = new Map<string, Promise<StaticText>>();

/**
 * Read from swagger-ui-dist through the module resolver: from node_modules in the repository, and
 * in a Lambda from the copy its build puts beside the bundle (infra/bundling/lambda-bundle.ts). The
 * file is read at the first request for it, never at cold start, and kept for the container's life.
 */
const load = (file: SwaggerUiFile, append: string): Promise<StaticText> => {
  let asset = assets.get(file);
  if (asset === undefined) {
    asset = readFile(fileURLToPath(import.meta.resolve(`swagger-ui-dist/${file}`)), 'utf8').then((text) => ({ text: text + append }));
    assets.set(file, asset);
  }
  return asset;
};

/**
 * The answer for one Swagger UI file (with `append` after it): gzipped when the client accepts it
 * (the script is 1.8 MB as text, about a quarter of that compressed), cached by browsers for a day.
 */
export const swaggerUiAsset = async (file: SwaggerUiFile, acceptEncoding: string | undefined, append = ''): Promise<RouteResult> =>
  compressedAnswer(await load(file, append), acceptEncoding, 86_400);
