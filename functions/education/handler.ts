import { createCapabilityHandler } from '../../shared/http/capability-handler.ts';
import { getApplicationEducation } from './get-application-education.ts';
import { getSeasonCourses } from './get-season-courses.ts';
import { importProgressCsv } from './import-progress-csv.ts';
import { putSeasonCourses } from './put-season-courses.ts';
import { reportProgressEvents } from './report-progress-events.ts';

export const handler = createCapabilityHandler('education', {
  getSeasonCourses,
  putSeasonCourses,
  reportProgressEvents,
  importProgressCsv,
  getApplicationEducation,
});
