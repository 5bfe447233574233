import { MACHINE_SCOPES, type MachineScope } from '../../../shared/platform/auth/roles.ts';

/**
 * The local demo's machine clients: partners' systems that read released finalists' data with the
 * OAuth 2.0 client-credentials grant, as a Cognito app client of the workforce pool with the partner
 * API's scope would. Each reads for the organisation the demo seed registers it for (the table's
 * registry item; the token carries no organisation). The secrets are demo values for the local
 * issuer only; AWS generates each client's secret.
 */
export interface DemoMachineClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly organisationId: string;
  readonly name: string;
  readonly scopes: readonly MachineScope[];
}

export const DEMO_MACHINE_CLIENTS: readonly DemoMachineClient[] = [
  {
    clientId: 'molodezh-perm-portal',
    clientSecret: 'local-demo-secret-molodezh-perm',
    organisationId: 'molodezh-perm',
    name: 'Кадровый портал Пермского края (демо)',
    scopes: MACHINE_SCOPES,
  },
];
