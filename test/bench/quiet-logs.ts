/**
 * Imported first by run.ts, before anything creates the logger (Powertools reads LOG_LEVEL when
 * the logger is constructed): the bench prints a table, not a request log per call.
 */
process.env['LOG_LEVEL'] = 'WARN';
