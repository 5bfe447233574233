import { routeModule } from '../../shared/platform/http/route-module.ts';
import { timeInStageCsv } from '../../shared/reports/domain/report-csv.ts';
import { reportResult } from '../../shared/reports/report-format.ts';
import { getTimeInStageReportRoute } from '../../shared/reports/routes.ts';
import { readTimeInStage } from '../../shared/reports/use-cases/read-time-in-stage.ts';
import { wiring } from './wiring.ts';

export const getTimeInStageReport = routeModule(getTimeInStageReportRoute, async ({ identity, params, query, headers }) =>
  reportResult(
    await readTimeInStage(wiring(), identity, params.seasonId, query.region),
    { format: query.format, accept: headers['accept'], fileName: `time-in-stage-${params.seasonId}` },
    timeInStageCsv,
  ),
);
