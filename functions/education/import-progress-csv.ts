import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { importProgressCsvRoute } from '../../shared/education/routes.ts';
import { importProgressCsv as importCsv } from '../../shared/education/use-cases/import-progress-csv.ts';
import { education } from './dependencies.ts';

export const importProgressCsv: RouteImplementation<typeof importProgressCsvRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await importCsv(education, identity, params.seasonId, body),
});
