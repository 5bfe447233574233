import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The size of a capability's Lambda bundle as CDK builds it (infra/constructs/capability-function.ts:
 * ESM, node24, module-first main fields, minified, the SDK bundled, the createRequire banner),
 * without the source map, which is not loaded at cold start unless an error is thrown.
 */
export const bundleBytes = async (capability: string): Promise<number> => {
  const result = await build({
    entryPoints: [`${repoRoot}functions/${capability}/handler.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    minify: true,
    write: false,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return result.outputFiles.reduce((total, file) => total + file.contents.byteLength, 0);
};
