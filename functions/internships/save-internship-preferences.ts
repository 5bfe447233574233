import { saveInternshipPreferencesRoute } from '../../shared/internships/routes.ts';
import { saveInternshipPreferences as save } from '../../shared/internships/use-cases/save-internship-preferences.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const saveInternshipPreferences = routeModule(saveInternshipPreferencesRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await save(wiring().internships, identity, params.applicationId, body),
}));
