import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { putSeasonCoursesRoute } from '../../shared/education/routes.ts';
import { saveCourses } from '../../shared/education/use-cases/save-courses.ts';
import { wiring } from './wiring.ts';

export const putSeasonCourses: RouteImplementation<typeof putSeasonCoursesRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await saveCourses(wiring().education, identity, params.seasonId, body),
});
