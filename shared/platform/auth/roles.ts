/**
 * Who may call cadre. Each role is a Cognito group; `anyone` marks a public route
 * (no token needed, e.g. verifying a certificate or reading an open season).
 */
export const ROLES = ['applicant', 'expert', 'mentor', 'staff', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const ANYONE = 'anyone' as const;

/**
 * OAuth 2.0 scopes of the workforce pool's resource server, granted to machine clients: partners'
 * own systems, which sign in with the client-credentials grant, hold no account and no group, and
 * are named by their client id alone. A route for them lists `scope:<scope>` as its access instead of
 * people's roles, and only an access token carrying that scope passes.
 */
export const MACHINE_SCOPES = ['cadre-partners/releases.read'] as const;
export type MachineScope = (typeof MACHINE_SCOPES)[number];
export type MachineAccess = `scope:${MachineScope}`;

export type Access = Role | typeof ANYONE | MachineAccess;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const machineAccess = <const S extends MachineScope>(scope: S): `scope:${S}` => `scope:${scope}`;

/** The scope a machine route's access names; undefined for people's roles and `anyone`. */
export const scopeOfAccess = (access: Access): MachineScope | undefined =>
  access.startsWith('scope:') ? (access.slice('scope:'.length) as MachineScope) : undefined;
