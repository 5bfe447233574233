import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../../shared/platform/auth/roles.ts';
import { createLocalIssuer } from './auth/local-issuer.ts';
import { DEMO_PEOPLE, findDemoPerson, mintRequestFor } from './demo-people.ts';

/**
 * `npm run token -- <role> [--sub <sub>]`: prints a bearer token for a demo person of that role,
 * signed with the key a running `npm start` verifies with (.local/auth). Only the token goes to
 * stdout, so `TOKEN=$(npm run -s token -- staff)` works.
 */
const KEY_DIRECTORY = fileURLToPath(new URL('../../.local/auth/', import.meta.url));

const usage = (): string =>
  [
    'Usage: npm run token -- <role> [--sub <sub>]',
    `Roles: ${ROLES.join(', ')}`,
    'Demo people:',
    ...DEMO_PEOPLE.map(
      (person) =>
        `  ${person.role.padEnd(9)} ${person.sub}  ${person.email}${person.region === undefined ? '' : `  region ${person.region}`}`,
    ),
  ].join('\n');

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { sub: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const role = positionals[0];
  if (values.help === true || role === undefined || !isRole(role)) {
    console.error(usage());
    return values.help === true ? 0 : 1;
  }
  const person = findDemoPerson(role, values.sub);
  if (person === undefined) {
    console.error(`No demo ${role} has sub ${values.sub ?? ''}.\n${usage()}`);
    return 1;
  }
  const issuer = await createLocalIssuer({ keyDirectory: KEY_DIRECTORY });
  console.log(await issuer.mint(mintRequestFor(person)));
  console.error(`Token for ${person.email} (${role}), valid 8 hours. Use: Authorization: Bearer <token>`);
  return 0;
};

process.exitCode = await main();
