import { routeModule } from '../../shared/platform/http/route-module.ts';
import { kpiCsv } from '../../shared/reports/domain/report-csv.ts';
import { reportResult } from '../../shared/reports/report-format.ts';
import { getKpiReportRoute } from '../../shared/reports/routes.ts';
import { readKpis } from '../../shared/reports/use-cases/read-kpis.ts';
import { wiring } from './wiring.ts';

export const getKpiReport = routeModule(getKpiReportRoute, async ({ identity, params, query, headers }) =>
  reportResult(
    await readKpis(wiring(), identity, params.seasonId),
    { format: query.format, accept: headers['accept'], fileName: `kpis-${params.seasonId}` },
    kpiCsv,
  ),
);
