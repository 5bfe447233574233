import { routeModule } from '../../shared/platform/http/route-module.ts';
import { importProgressCsvRoute } from '../../shared/education/routes.ts';
import { importProgressCsv as importCsv } from '../../shared/education/use-cases/import-progress-csv.ts';
import { wiring } from './wiring.ts';

export const importProgressCsv = routeModule(importProgressCsvRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await importCsv(wiring().education, identity, params.seasonId, body),
}));
