import { join, relative } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleLambda } from '../../infra/bundling/lambda-bundle.ts';
import type { BundleEntry } from './bundle-entries.ts';

/** The largest route (or task) of a bundle: the chunk its first call imports, and what that call reads on top of the cold start. */
export interface HeaviestRoute {
  /** The chunk's file name without its hash, e.g. `submit-application`. */
  readonly name: string;
  readonly file: string;
  /** Bytes the first call reads that the cold start did not: the chunk and every chunk it imports in turn. */
  readonly bytes: number;
}

export interface BuiltBundle {
  readonly entry: BundleEntry;
  /** The entry on disk, `<outdir>/<name>/index.mjs`, ready to be imported by a fresh process. */
  readonly file: string;
  /** What a cold start reads: the entry and every chunk it imports statically, transitively. */
  readonly initBytes: number;
  /** Every file of the package (without source maps): also the chunks no call of this bundle may ever import. */
  readonly packageBytes: number;
  /** Undefined when the entry imports nothing lazily. */
  readonly heaviestRoute: HeaviestRoute | undefined;
}

/** The output files a file imports statically, transitively, itself included. */
const staticClosure = (outputs: Metafile['outputs'], start: string): Set<string> => {
  const seen = new Set<string>();
  const pending = [start];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
  }
  return seen;
};

const isOwnModule = (entryPoint: string | undefined): boolean => entryPoint !== undefined && /(^|\/)(functions|shared)\//.test(entryPoint);

const bytesOf = (outputs: Metafile['outputs'], files: Iterable<string>): number => {
  let bytes = 0;
  for (const file of files) bytes += outputs[file]?.bytes ?? 0;
  return bytes;
};

/**
 * Builds each entry exactly as CDK builds a Lambda (infra/bundling/lambda-bundle.ts: code-split
 * ESM, node24, minified, the SDK bundled, the createRequire banner), each into its own folder under
 * `outdir`. Without source maps: Node reads one only when an error's stack is printed, so it counts
 * for neither the sizes nor the import times. The floor and the references go through the very
 * same build, which is what makes them a fair yardstick.
 */
export const buildBundles = (entries: readonly BundleEntry[], outdir: string): BuiltBundle[] =>
  entries.map((entry) => {
    const folder = join(outdir, entry.name);
    const { entryFile, metafile } = bundleLambda(entry.entry, folder, { sourceMap: false });
    const outputs = metafile.outputs;
    // Metafile paths are relative to the working directory.
    const entryKey = relative(process.cwd(), entryFile);
    const init = staticClosure(outputs, entryKey);
    const routes = (outputs[entryKey]?.imports ?? [])
      // The function's own lazy modules (its routes or tasks), not the SDK's lazy credential providers.
      .filter((imported) => imported.kind === 'dynamic-import' && !imported.external && isOwnModule(outputs[imported.path]?.entryPoint))
      .map((imported) => {
        const extra = [...staticClosure(outputs, imported.path)].filter((file) => !init.has(file));
        return {
          name: (imported.path.split('/').pop() ?? imported.path).replace(/-[A-Z0-9]{8}\.mjs$/, ''),
          file: join(process.cwd(), imported.path),
          bytes: bytesOf(outputs, extra),
        };
      });
    const heaviestRoute = routes.reduce<HeaviestRoute | undefined>(
      (heaviest, route) => (heaviest === undefined || route.bytes > heaviest.bytes ? route : heaviest),
      undefined,
    );
    return {
      entry,
      file: entryFile,
      initBytes: bytesOf(outputs, init),
      packageBytes: bytesOf(outputs, Object.keys(outputs)),
      heaviestRoute,
    };
  });
