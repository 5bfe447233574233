/**
 * Who may call cadre. Each role is a Cognito group; `anyone` marks a public route
 * (no token needed, e.g. verifying a certificate or reading an open season).
 */
export const ROLES = ['applicant', 'expert', 'mentor', 'staff', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const ANYONE = 'anyone' as const;
export type Access = Role | typeof ANYONE;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
