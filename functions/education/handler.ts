import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import { educationRoutes } from '../../shared/education/routes.ts';
import { getApplicationEducation } from './get-application-education.ts';
import { getSeasonCourses } from './get-season-courses.ts';
import { importProgressCsv } from './import-progress-csv.ts';
import { putSeasonCourses } from './put-season-courses.ts';
import { reportProgressEvents } from './report-progress-events.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first request.
wiring();

export const handler = createCapabilityHandler('education', educationRoutes, {
  getSeasonCourses,
  putSeasonCourses,
  reportProgressEvents,
  importProgressCsv,
  getApplicationEducation,
});
