import { routeModule } from '../../shared/platform/http/route-module.ts';
import { putSeasonCoursesRoute } from '../../shared/education/routes.ts';
import { saveCourses } from '../../shared/education/use-cases/save-courses.ts';
import { wiring } from './wiring.ts';

export const putSeasonCourses = routeModule(putSeasonCoursesRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await saveCourses(wiring().education, identity, params.seasonId, body),
}));
