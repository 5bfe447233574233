import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listProgrammeTemplatesRoute } from '../../shared/catalogue/routes.ts';
import { listTemplates } from '../../shared/catalogue/use-cases/list-templates.ts';

export const listProgrammeTemplates: RouteImplementation<typeof listProgrammeTemplatesRoute> = async () => ({
  status: 200,
  body: { items: listTemplates() },
});
