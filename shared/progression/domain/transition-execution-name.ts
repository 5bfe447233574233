import { randomUUID } from 'node:crypto';

/**
 * A fresh name per start (application id + a random id: 73 characters of the 80 allowed). Express
 * executions are not de-duplicated by name, so nothing relies on it: a repeated transition is
 * made harmless by the conditional write and the mail queue's once-per-id enqueue, not by the name.
 */
export const transitionExecutionName = (applicationId: string): string => `${applicationId}-${randomUUID()}`;
