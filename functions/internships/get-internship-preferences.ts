import { getInternshipPreferencesRoute } from '../../shared/internships/routes.ts';
import { readInternshipPreferences } from '../../shared/internships/use-cases/read-internship-preferences.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getInternshipPreferences = routeModule(getInternshipPreferencesRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readInternshipPreferences(wiring().internships, identity, params.applicationId),
}));
