import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CAPABILITIES, type Capability } from '../../shared/platform/http/route.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What the bundle bench builds and times. `function` is a Lambda of cadre; `floor` is the bundle
 * the functions are judged against (floor-entry.ts); `reference` is a line for context only.
 */
export interface BundleEntry {
  readonly name: string;
  readonly entry: string;
  readonly kind: 'function' | 'floor' | 'reference';
  /** An HTTP capability (behind API Gateway, where cold starts are felt by a waiting user). */
  readonly http: boolean;
}

const isHttpCapability = (name: string): name is Capability => (CAPABILITIES as readonly string[]).includes(name);

/**
 * Every `functions/<name>/handler.ts`, read from disk rather than listed here, so a new Lambda is
 * benched without anyone remembering to add it; then the floor and two references: cadre's platform
 * alone (platform-entry.ts) and hello world.
 */
export const bundleEntries = async (): Promise<readonly BundleEntry[]> => {
  const folders = await readdir(`${repoRoot}functions`, { withFileTypes: true });
  const functionNames: string[] = [];
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const files = await readdir(`${repoRoot}functions/${folder.name}`);
    if (files.includes('handler.ts')) functionNames.push(folder.name);
  }
  // HTTP capabilities first (the ones with a cold-import target), each group alphabetical.
  functionNames.sort((a, b) => Number(isHttpCapability(b)) - Number(isHttpCapability(a)) || a.localeCompare(b));
  return [
    ...functionNames.map(
      (name): BundleEntry => ({ name, entry: `${repoRoot}functions/${name}/handler.ts`, kind: 'function', http: isHttpCapability(name) }),
    ),
    { name: 'floor', entry: fileURLToPath(new URL('floor-entry.ts', import.meta.url)), kind: 'floor', http: false },
    { name: 'platform', entry: fileURLToPath(new URL('platform-entry.ts', import.meta.url)), kind: 'reference', http: false },
    { name: 'hello-world', entry: fileURLToPath(new URL('hello-world-entry.ts', import.meta.url)), kind: 'reference', http: false },
  ];
};
