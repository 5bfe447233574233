import { DescribeExecutionCommand, GetExecutionHistoryCommand, type HistoryEvent, type SFNClient } from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { ProgrammeSettings } from '../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { ENTITY } from '../../shared/platform/keys/keys.ts';
import { openSeason, readyDraft, storedPartition, submit } from './application-fixtures.ts';
import { waitFor } from './wait-for.ts';

/** Waits for an execution to end (DescribeExecution), as a caller of the real API would. */
export const finished = (sfn: SFNClient, executionArn: string) =>
  waitFor(
    async () => {
      const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return execution.status !== 'RUNNING' && execution;
    },
    { description: `execution ${executionArn} to finish`, timeoutMs: 60_000, intervalMs: 100 },
  );

export const history = async (sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> =>
  (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];

/** Each event as `Type` or `Type:StateName`, the way one reads a history in the console. */
export const steps = (events: readonly HistoryEvent[]): string[] =>
  events.map((event) => {
    const name = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name;
    return name === undefined ? String(event.type) : `${event.type}:${name}`;
  });

export const lambdaTask = (state: string) => [
  `TaskStateEntered:${state}`,
  'LambdaFunctionScheduled',
  'LambdaFunctionStarted',
  'LambdaFunctionSucceeded',
  `TaskStateExited:${state}`,
];
export const choice = (state: string) => [`ChoiceStateEntered:${state}`, `ChoiceStateExited:${state}`];

/**
 * ПроКадры whose screening -> education move also asks for a certificate of a stage the programme
 * names no achievement for (recorded as pending), so one transition exercises both kinds of effect.
 */
export const settingsWithPendingEffect = (): Partial<ProgrammeSettings> => {
  const pipeline = prokadryTemplate.settings.pipeline;
  return {
    pipeline: {
      ...pipeline,
      transitions: pipeline.transitions.map((transition) =>
        transition.from.includes('screening') && transition.to === 'education'
          ? { ...transition, effects: ['notifyApplicant', 'issueCertificate'] }
          : transition,
      ),
    },
  };
};

/** A submitted ПроКадры application in `screening`, with its applicant and the programme's staff. */
export const submittedApplication = async (settings: Partial<ProgrammeSettings> = settingsWithPendingEffect()) => {
  const season = await openSeason({ settings });
  const { applicant, applicationId } = await readyDraft(season);
  const submitted = await submit(applicationId, applicant.claims, randomUUID());
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  assert.equal((submitted.body['stage'] as { id: string }).id, 'screening');
  return { ...season, applicant, applicationId };
};

/** The application item and its history events, straight from the table. */
export const stored = async (applicationId: string) => {
  const items = await storedPartition(applicationId);
  return {
    application: items.find((item) => item['entity'] === ENTITY.application),
    events: items.filter((item) => item['entity'] === ENTITY.applicationEvent),
  };
};
