import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getSeasonCoursesRoute } from '../../shared/education/routes.ts';
import { readCourses } from '../../shared/education/use-cases/read-courses.ts';
import { wiring } from './wiring.ts';

export const getSeasonCourses: RouteImplementation<typeof getSeasonCoursesRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readCourses(wiring().education, identity, params.seasonId),
});
