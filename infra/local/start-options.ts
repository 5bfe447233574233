import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LocalCloudError } from './local-cloud-error.ts';
import type { PortClaim } from './ports.ts';

export type ServiceName = 'api' | 'dynamodb' | 's3' | 'ses' | 'sfn';

/** Each port's flag, environment variable and default, in start-up order. */
const PORTS: readonly { readonly service: ServiceName; readonly label: string; readonly envVar: string; readonly defaultPort: number }[] = [
  { service: 'api', label: 'API gateway', envVar: 'CADRE_API_PORT', defaultPort: 3000 },
  { service: 'dynamodb', label: 'DynamoDB Local', envVar: 'CADRE_DYNAMODB_PORT', defaultPort: 8000 },
  { service: 's3', label: 'S3 (s3rver)', envVar: 'CADRE_S3_PORT', defaultPort: 4569 },
  { service: 'ses', label: 'SES and mailbox', envVar: 'CADRE_SES_PORT', defaultPort: 8005 },
  { service: 'sfn', label: 'Step Functions', envVar: 'CADRE_SFN_PORT', defaultPort: 8083 },
];

export interface StartOptions {
  /** Print USAGE and start nothing. */
  readonly help: boolean;
  /** Wipe `.local/` (database, objects, user pools' signing keys) before starting. */
  readonly fresh: boolean;
  /** In-memory database, temporary folders, free ports, a JSON ready line: for the e2e test. */
  readonly ephemeral: boolean;
  /** Where the database, documents and user pools' signing keys are kept (default `.local/`); never with `ephemeral`. */
  readonly dataDir: string | undefined;
  /** Print the one JSON ready line instead of the banner (implied by `ephemeral`). */
  readonly readyJson: boolean;
  /** Seed the demo seasons' applicants (the catalogue is always seeded); off with --no-demo-applicants. */
  readonly demoApplicants: boolean;
  readonly ports: Readonly<Record<ServiceName, number>>;
  readonly portClaims: readonly PortClaim[];
}

export const USAGE = `Usage: npm start [-- options]    (npm run start:fresh = npm start -- --fresh)
  --fresh              wipe .local/ (database, documents, user pools' signing keys) first
  --ephemeral          keep nothing: in-memory database, temporary folders, any free ports;
                       prints one JSON line {"event":"ready",...} when up
  --data-dir=PATH      keep the database, documents and signing keys in PATH, not .local/
                       (env CADRE_DATA_DIR); --fresh wipes PATH
  --ready-json         print the JSON ready line instead of the banner
  --no-demo-applicants seed the demo programmes and seasons only, not their applicants
${PORTS.map(({ service, envVar, defaultPort, label }) => `${`  --${service}-port=N`.padEnd(23)}${label} (env ${envVar}, default ${defaultPort})`).join('\n')}`;

const parsePort = (text: string, source: string): number => {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new LocalCloudError(`${source} must be a port number (0-65535), got "${text}"`);
  return port;
};

/** Flags win over environment variables, which win over the defaults (port 0 everywhere with --ephemeral). */
export const parseStartOptions = (argv: readonly string[], env: NodeJS.ProcessEnv): StartOptions => {
  const options: NonNullable<ParseArgsConfig['options']> = {
    fresh: { type: 'boolean' },
    ephemeral: { type: 'boolean' },
    'data-dir': { type: 'string' },
    'ready-json': { type: 'boolean' },
    'no-demo-applicants': { type: 'boolean' },
    help: { type: 'boolean' },
    ...Object.fromEntries(PORTS.map(({ service }) => [`${service}-port`, { type: 'string' as const }])),
  };
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], options }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new LocalCloudError(`${(error as Error).message}\n${USAGE}`);
  }
  const ephemeral = values['ephemeral'] === true;

  const ports = {} as Record<ServiceName, number>;
  const portClaims: PortClaim[] = [];
  for (const { service, label, envVar, defaultPort } of PORTS) {
    const flag = values[`${service}-port`];
    const fromEnv = env[envVar];
    const port =
      typeof flag === 'string'
        ? parsePort(flag, `--${service}-port`)
        : fromEnv !== undefined && fromEnv !== ''
          ? parsePort(fromEnv, envVar)
          : ephemeral
            ? 0
            : defaultPort;
    ports[service] = port;
    portClaims.push({ service: label, port, envVar });
  }
  const dataDirFlag = values['data-dir'];
  const dataDir =
    typeof dataDirFlag === 'string' && dataDirFlag !== ''
      ? dataDirFlag
      : env['CADRE_DATA_DIR'] === undefined || env['CADRE_DATA_DIR'] === ''
        ? undefined
        : env['CADRE_DATA_DIR'];
  if (ephemeral && dataDir !== undefined)
    throw new LocalCloudError(`--ephemeral keeps nothing, so it takes no data folder (--data-dir or CADRE_DATA_DIR).\n${USAGE}`);
  return {
    help: values['help'] === true,
    fresh: values['fresh'] === true,
    ephemeral,
    dataDir,
    readyJson: ephemeral || values['ready-json'] === true,
    demoApplicants: values['no-demo-applicants'] !== true,
    ports,
    portClaims,
  };
};
