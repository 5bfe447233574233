import { routeModule } from '../../shared/platform/http/route-module.ts';
import { breakdownCsv } from '../../shared/reports/domain/report-csv.ts';
import { reportResult } from '../../shared/reports/report-format.ts';
import { getBreakdownReportRoute } from '../../shared/reports/routes.ts';
import { readBreakdown } from '../../shared/reports/use-cases/read-breakdown.ts';
import { wiring } from './wiring.ts';

export const getBreakdownReport = routeModule(getBreakdownReportRoute, async ({ identity, params, query, headers }) => {
  const { report, stages } = await readBreakdown(wiring(), identity, params.seasonId, query);
  return reportResult(
    report,
    { format: query.format, accept: headers['accept'], fileName: `breakdown-${query.by}-${params.seasonId}` },
    (shown) => breakdownCsv(shown, stages),
  );
});
