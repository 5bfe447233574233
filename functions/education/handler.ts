import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'education'>>('education', {
  'GET /seasons/{seasonId}/courses': () => import('./get-season-courses.ts').then((module) => module.getSeasonCourses),
  'PUT /seasons/{seasonId}/courses': () => import('./put-season-courses.ts').then((module) => module.putSeasonCourses),
  'POST /seasons/{seasonId}/education/events': () => import('./report-progress-events.ts').then((module) => module.reportProgressEvents),
  'POST /seasons/{seasonId}/education/imports': () => import('./import-progress-csv.ts').then((module) => module.importProgressCsv),
  'GET /applications/{applicationId}/education': () =>
    import('./get-application-education.ts').then((module) => module.getApplicationEducation),
});
