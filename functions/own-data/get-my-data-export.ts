import { exportFormatOf } from '../../shared/own-data/export-format.ts';
import { exportResult } from '../../shared/own-data/export-result.ts';
import { getMyDataExportRoute } from '../../shared/own-data/routes.ts';
import { exportOwnData } from '../../shared/own-data/use-cases/export-own-data.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getMyDataExport = routeModule(getMyDataExportRoute, async ({ identity, query, headers }) =>
  exportResult(await exportOwnData(wiring(), identity, query.lang), exportFormatOf(query.format, headers['accept'])),
);
