import { routeModule } from '../../shared/platform/http/route-module.ts';
import { funnelCsv } from '../../shared/reports/domain/report-csv.ts';
import { reportResult } from '../../shared/reports/report-format.ts';
import { getFunnelReportRoute } from '../../shared/reports/routes.ts';
import { readFunnel } from '../../shared/reports/use-cases/read-funnel.ts';
import { wiring } from './wiring.ts';

export const getFunnelReport = routeModule(getFunnelReportRoute, async ({ identity, params, query, headers }) =>
  reportResult(
    await readFunnel(wiring(), identity, params.seasonId, query),
    { format: query.format, accept: headers['accept'], fileName: `funnel-${params.seasonId}` },
    funnelCsv,
  ),
);
