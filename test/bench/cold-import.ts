import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The program each fresh process runs: Node has started, and only then is the clock read around
 * the bundle's import — reading, compiling and evaluating it, its top-level code included, as
 * Lambda's init phase does. Node's own start-up is the same for every bundle and left out.
 * pathToFileURL is imported before the clock starts, so the ESM loader is already up.
 * It exits at once: a module may leave something that keeps the event loop alive (Lambda freezes
 * the process instead), and a pipe to stdout on Linux is written synchronously before exit.
 */
const PROBE = `
import { pathToFileURL } from 'node:url';
const started = performance.now();
await import(pathToFileURL(process.argv[1]).href);
process.stdout.write('\\nCOLD_IMPORT_MS=' + (performance.now() - started) + '\\n');
process.exit(0);
`;

/** One cold import of `file` in a new Node process with exactly `env`; milliseconds. */
const coldImportOnce = async (file: string, env: Readonly<Record<string, string>>): Promise<number> => {
  // process.execPath: the Node running the bench, Node 24 under `npm run bench` (the `node` devDependency), as Lambda's nodejs24.x.
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', PROBE, file], {
    env,
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  // Matched by its marker: a module that logs at import writes to the same stdout.
  const match = /^COLD_IMPORT_MS=([0-9.]+)$/m.exec(stdout);
  if (match?.[1] === undefined) throw new Error(`No timing from the cold import of ${file}; its output:\n${stdout}`);
  return Number(match[1]);
};

/**
 * `runs` cold imports of every file, one process at a time, round-robin: each round imports every
 * file once, starting one file further along than the round before, so a noisy moment on the
 * machine (or a drift over the minute the bench takes) hits every bundle alike rather than
 * whichever was being repeated then. A first round, not counted, puts every file in the OS page
 * cache so that no bundle pays for the disk read alone. Returns the samples per file, in ms.
 */
export const coldImportTimes = async (
  files: readonly string[],
  runs: number,
  env: Readonly<Record<string, string>>,
): Promise<ReadonlyMap<string, readonly number[]>> => {
  for (const file of files) await coldImportOnce(file, env);
  const samples = new Map(files.map((file) => [file, [] as number[]]));
  for (let round = 0; round < runs; round += 1) {
    for (let step = 0; step < files.length; step += 1) {
      const file = files[(round + step) % files.length]!;
      samples.get(file)!.push(await coldImportOnce(file, env));
    }
  }
  return samples;
};
