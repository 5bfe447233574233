import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../../shared/platform/auth/roles.ts';
import { poolOfRole, USER_POOLS, type UserPoolName } from '../../shared/platform/auth/user-pools.ts';
import { createLocalPools } from './auth/local-pools.ts';
import { DEMO_PEOPLE, findDemoPerson, mintRequestFor, type DemoPerson } from './demo-people.ts';
import { DEMO_PARTNER_ORGANISATIONS } from './seed/demo-partner-organisations.ts';

/**
 * `npm run token -- <role> [--sub <sub>] [--pool applicants|workforce]`: prints a bearer token for a
 * demo person of that role, signed by the local stand-in of the role's user pool (or of `--pool`) with
 * the keys a running `npm start` verifies with (.local/auth). Only the token goes to stdout, so
 * `TOKEN=$(npm run -s token -- staff)` works.
 */
const KEY_DIRECTORY = fileURLToPath(new URL('../../.local/auth/', import.meta.url));

const isPool = (value: string): value is UserPoolName => (USER_POOLS as readonly string[]).includes(value);

/** A partner's organisation as the list shows it: its registry id, and its name where the demo registry has it. */
const organisationOf = (person: DemoPerson): string => {
  if (person.organisation === undefined) return '';
  const registered = DEMO_PARTNER_ORGANISATIONS.find((organisation) => organisation.id === person.organisation);
  return `  organisation ${person.organisation}${registered === undefined ? '' : ` (${registered.content.name.ru})`}`;
};

const usage = (): string =>
  [
    'Usage: npm run token -- <role> [--sub <sub>] [--pool applicants|workforce]',
    `Roles: ${ROLES.join(', ')}`,
    `Pools: ${USER_POOLS.map((pool) => `${pool} (${ROLES.filter((role) => poolOfRole(role) === pool).join(', ')})`).join('; ')}.`,
    "  A token comes from its role's pool; --pool has another pool sign it (the API then refuses that role).",
    'Demo people:',
    ...DEMO_PEOPLE.map(
      (person) =>
        `  ${person.role.padEnd(9)} ${person.sub}  ${person.email}${person.region === undefined ? '' : `  region ${person.region}`}${organisationOf(person)}`,
    ),
  ].join('\n');

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { sub: { type: 'string' }, pool: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const role = positionals[0];
  if (values.help === true || role === undefined || !isRole(role)) {
    console.error(usage());
    return values.help === true ? 0 : 1;
  }
  if (values.pool !== undefined && !isPool(values.pool)) {
    console.error(`No pool "${values.pool}".\n${usage()}`);
    return 1;
  }
  const person = findDemoPerson(role, values.sub);
  if (person === undefined) {
    console.error(`No demo ${role} has sub ${values.sub ?? ''}.\n${usage()}`);
    return 1;
  }
  const pool = values.pool ?? poolOfRole(role);
  const pools = await createLocalPools({ keyDirectory: KEY_DIRECTORY });
  console.log(await pools.mint({ ...mintRequestFor(person), pool }));
  console.error(`Token for ${person.email} (${role}) from the ${pool} pool, valid 8 hours. Use: Authorization: Bearer <token>`);
  return 0;
};

process.exitCode = await main();
