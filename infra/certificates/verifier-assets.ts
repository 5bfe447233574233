import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** A file of the verifier page, as it is published under the verification site's root. */
export interface VerifierAsset {
  readonly key: 'verify/index.html' | 'verify/verifier.js' | 'verify/verifier.css';
  readonly body: Uint8Array;
  readonly contentType: string;
}

const PAGE_FOLDER = new URL('../../shared/certificates/verifier-page/', import.meta.url);

/**
 * Builds the static certificate verifier page: its script bundled with jose for browsers (one file,
 * ES2022, minified), beside the page and its stylesheet as written. Synchronous because CDK builds
 * its stacks synchronously (a BucketDeployment source); local start-up publishes the same files.
 */
export const buildVerifierAssets = (): readonly VerifierAsset[] => {
  const built = buildSync({
    entryPoints: [fileURLToPath(new URL('verifier.ts', PAGE_FOLDER))],
    tsconfig: fileURLToPath(new URL('tsconfig.json', PAGE_FOLDER)),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    outfile: 'verifier.js',
    logLevel: 'warning',
  });
  const script = built.outputFiles[0];
  if (built.outputFiles.length !== 1 || script === undefined) throw new Error('The verifier page builds to exactly one script');
  const source = (file: string): Uint8Array => readFileSync(new URL(file, PAGE_FOLDER));
  return [
    { key: 'verify/index.html', body: source('index.html'), contentType: 'text/html; charset=utf-8' },
    { key: 'verify/verifier.js', body: script.contents, contentType: 'text/javascript; charset=utf-8' },
    { key: 'verify/verifier.css', body: source('verifier.css'), contentType: 'text/css; charset=utf-8' },
  ];
};
