import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listProgrammeTemplatesRoute } from '../../shared/catalogue/routes.ts';
import { listTemplates } from '../../shared/catalogue/use-cases/list-templates.ts';

export const listProgrammeTemplates = routeModule(listProgrammeTemplatesRoute, async () => ({
  status: 200,
  body: { items: listTemplates() },
}));
