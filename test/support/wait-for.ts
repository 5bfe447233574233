/**
 * Tests wait for conditions, never for time: `waitFor(probe, { description })` polls until the
 * probe returns a value (not undefined/false) or the timeout names what never happened.
 * The local cloud uses the same helper to wait for its services, so there is one implementation.
 */
export { waitFor, type WaitForOptions } from '../../infra/local/wait-for.ts';
