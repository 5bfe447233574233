import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getSeasonCoursesRoute } from '../../shared/education/routes.ts';
import { readCourses } from '../../shared/education/use-cases/read-courses.ts';
import { wiring } from './wiring.ts';

export const getSeasonCourses = routeModule(getSeasonCoursesRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readCourses(wiring().education, identity, params.seasonId),
}));
