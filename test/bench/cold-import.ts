import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The program each fresh process runs: Node has started, and only then is the clock read around
 * the imports of the files named (in order) — reading, compiling and evaluating them, top-level
 * code included, as Lambda's init phase does for the entry and a route's first call does for its
 * chunk. Node's own start-up is the same for every bundle and left out.
 * pathToFileURL is imported before the clock starts, so the ESM loader is already up.
 * It exits at once: a module may leave something that keeps the event loop alive (Lambda freezes
 * the process instead), and a pipe to stdout on Linux is written synchronously before exit.
 */
const PROBE = `
import { pathToFileURL } from 'node:url';
const started = performance.now();
for (const file of process.argv.slice(1)) await import(pathToFileURL(file).href);
process.stdout.write('\\nCOLD_IMPORT_MS=' + (performance.now() - started) + '\\n');
process.exit(0);
`;

/** One cold import of `files`, in order, in a new Node process with exactly `env`; milliseconds. */
const coldImportOnce = async (files: readonly string[], env: Readonly<Record<string, string>>): Promise<number> => {
  // process.execPath: the Node running the bench, Node 24 under `npm run bench` (the `node` devDependency), as Lambda's nodejs24.x.
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', PROBE, ...files], {
    env,
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  // Matched by its marker: a module that logs at import writes to the same stdout.
  const match = /^COLD_IMPORT_MS=([0-9.]+)$/m.exec(stdout);
  if (match?.[1] === undefined) throw new Error(`No timing from the cold import of ${files.join(', ')}; its output:\n${stdout}`);
  return Number(match[1]);
};

/**
 * `runs` cold imports of every probe (a list of files imported in order, named by its key), one
 * process at a time, round-robin: each round runs every probe once, starting one probe further
 * along than the round before, so a noisy moment on the machine (or a drift over the minute the
 * bench takes) hits every bundle alike rather than whichever was being repeated then. A first
 * round, not counted, puts every file in the OS page cache so that no bundle pays for the disk
 * read alone. Returns the samples per probe, in ms.
 */
export const coldImportTimes = async (
  probes: ReadonlyMap<string, readonly string[]>,
  runs: number,
  env: Readonly<Record<string, string>>,
): Promise<ReadonlyMap<string, readonly number[]>> => {
  const keys = [...probes.keys()];
  for (const key of keys) await coldImportOnce(probes.get(key)!, env);
  const samples = new Map(keys.map((key) => [key, [] as number[]]));
  for (let round = 0; round < runs; round += 1) {
    for (let step = 0; step < keys.length; step += 1) {
      const key = keys[(round + step) % keys.length]!;
      samples.get(key)!.push(await coldImportOnce(probes.get(key)!, env));
    }
  }
  return samples;
};
