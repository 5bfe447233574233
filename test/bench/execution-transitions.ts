import { GetExecutionHistoryCommand, type HistoryEvent, type SFNClient } from '@aws-sdk/client-sfn';

/** An execution's whole history, page by page. */
const historyOf = async (sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> => {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return events;
};

/**
 * The state transitions a Standard execution is billed for, counted from its history: every state
 * entered (the Map, each iteration's Task and Choice states, Succeed/Fail), plus one per Task retry
 * (a retry schedules the Lambda again without entering the state again).
 */
export const billedTransitions = async (
  sfn: SFNClient,
  executionArn: string,
): Promise<{ readonly transitions: number; readonly retries: number }> => {
  const events = await historyOf(sfn, executionArn);
  const entered = events.filter((event) => event.type?.endsWith('StateEntered') === true).length;
  const taskEntries = events.filter((event) => event.type === 'TaskStateEntered').length;
  const scheduled = events.filter((event) => event.type === 'LambdaFunctionScheduled').length;
  const retries = Math.max(0, scheduled - taskEntries);
  return { transitions: entered + retries, retries };
};
