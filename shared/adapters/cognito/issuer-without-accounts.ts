import type { Accounts } from '../../erasure/ports/accounts.ts';

/** The local cloud's JWT issuer (infra/local/auth) signs tokens for whoever asks and keeps no users: there is no account to delete. */
export const issuerWithoutAccounts: Accounts = { delete: async () => 'absent' };
