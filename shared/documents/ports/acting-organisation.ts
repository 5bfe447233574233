import type { Identity } from '../../platform/auth/identity.ts';

/**
 * The registered partner organisation a caller acts for, or undefined when they act for none: not a
 * partner, or claims the registry does not bear out (an unknown or retired organisation, a region
 * contradicting the registry's). The partners module owns the registry; the function's wiring plugs
 * its resolver in.
 */
export interface ActingOrganisation {
  of(identity: Identity): Promise<string | undefined>;
}
