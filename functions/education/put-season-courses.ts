import type { RouteImplementation } from '../../shared/http/route.ts';
import type { putSeasonCoursesRoute } from '../../shared/routes/education-routes.ts';
import { saveCourses } from '../../shared/education/use-cases/save-courses.ts';
import { education } from './dependencies.ts';

export const putSeasonCourses: RouteImplementation<typeof putSeasonCoursesRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await saveCourses(education, identity, params.seasonId, body),
});
