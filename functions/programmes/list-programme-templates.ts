import type { RouteImplementation } from '../../shared/http/route.ts';
import type { listProgrammeTemplatesRoute } from '../../shared/routes/programme-routes.ts';
import { listTemplates } from '../../shared/programmes/use-cases/list-templates.ts';

export const listProgrammeTemplates: RouteImplementation<typeof listProgrammeTemplatesRoute> = async () => ({
  status: 200,
  body: { items: listTemplates() },
});
