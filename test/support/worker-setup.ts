import { inject } from 'vitest';

/**
 * Runs in every test process before its test file is imported, so the functions' modules (which
 * read their environment at import) see the local cloud's endpoints.
 */
Object.assign(process.env, inject('localCloudEnv'), { LOG_LEVEL: inject('testLogLevel') });
// Powertools writes through the global console in dev mode, where vitest captures it and shows it
// only for a test that failed (silent: 'passed-only').
process.env['POWERTOOLS_DEV'] = 'true';
