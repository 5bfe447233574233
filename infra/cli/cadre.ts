import { run } from './program.ts';

/**
 * `npm run cadre -- <command>`: the staff and ops CLI (`npm run cadre -- --help` lists the commands).
 * Against the local cloud by default; `--url` and `--token` (or CADRE_API_URL, CADRE_TOKEN) for a deployment.
 */
process.exitCode = await run(process.argv.slice(2));
