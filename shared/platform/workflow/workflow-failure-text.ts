import * as z from 'zod';

/** Step Functions caps a state's error name at 256 characters. */
export const MAX_WORKFLOW_ERROR_LENGTH = 256;
/** Causes can be long stack-laden JSON; staff need the gist, and an item must stay small. */
export const MAX_WORKFLOW_CAUSE_LENGTH = 2000;

/** A Step Functions execution ARN (an AWS ARN is at most 2,048 characters). */
export const executionArnSchema = z.string().min(1).max(2048);
