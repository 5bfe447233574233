import type { CostLine } from './cost-model.ts';
import type { WorkflowRunWork } from './measure-workflow-run.ts';

/**
 * The lines every staff job run's report shares: its Step Functions and Lambda work, its DynamoDB
 * units (also per 1,000 of what it went through, `size` of them, named by `unit`), and its cost
 * lines per 1,000 in AWS (cost-model.ts); the caller adds its total.
 */
export const workflowRunReportLines = (
  run: WorkflowRunWork,
  costs: readonly CostLine[],
  per: { readonly size: number; readonly unit: string; readonly memoryMb: number },
): string[] => {
  const per1000 = 1000 / per.size;
  return [
    `  Step Functions: ${run.transitions.toLocaleString('en')} state transitions (${run.retries} retries); workflow Lambda: ${run.invocations} invocations, ${(run.billedMs / 1000).toFixed(1)} s summed`,
    `  DynamoDB: ${run.requests.toLocaleString('en')} requests, ${run.readUnits.toFixed(0)} read units, ${run.writeUnits.toFixed(0)} write units (${(run.readUnits * per1000).toFixed(0)} RRU + ${(run.writeUnits * per1000).toFixed(0)} WRU per 1,000 ${per.unit})`,
    `  cost per 1,000 ${per.unit} in AWS (prices.ts; workflow Lambda ${per.memoryMb} MB):`,
    ...costs
      .filter((line) => line.per1000 > 0)
      .map((line) => `    ${line.item}: ${line.per1000.toFixed(line.per1000 < 10 ? 2 : 0)} ${line.unit} = $${line.usd.toFixed(5)}`),
  ];
};
