import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { courseCatalogueInputSchema } from './course-catalogue-schema.ts';
import { courseCatalogueViewSchema } from './course-catalogue-view.ts';
import { importReportSchema } from './domain/csv/import-report-schema.ts';
import { educationViewSchema } from './education-view-schema.ts';
import { eventOutcomeSchema } from './domain/event-outcome.ts';
import { progressEventBatchSchema } from './progress-event-schema.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });

export const getSeasonCoursesRoute = defineRoute({
  operationId: 'getSeasonCourses',
  method: 'GET',
  path: '/seasons/{seasonId}/courses',
  capability: 'education',
  roles: ['staff'],
  summary: 'A season’s course catalogue: recorded webinars and live broadcasts',
  description: 'Version 0 and no courses when none was defined yet.',
  tags: ['education'],
  request: { params: seasonParams },
  responses: { 200: { description: 'The catalogue', body: courseCatalogueViewSchema } },
});

export const putSeasonCoursesRoute = defineRoute({
  operationId: 'putSeasonCourses',
  method: 'PUT',
  path: '/seasons/{seasonId}/courses',
  capability: 'education',
  roles: ['staff'],
  summary: 'Replace a season’s course catalogue',
  description:
    'Recorded webinars (with the access deadline after which watching does not count) and live broadcasts, each naming the tracks whose course level it belongs to. Course ids are unique across both kinds. Send the `version` you read (0 to create); if the catalogue changed since, the answer is 409 version-conflict with the current version.',
  tags: ['education'],
  request: { params: seasonParams, body: courseCatalogueInputSchema },
  responses: {
    200: { description: 'The catalogue with its new version', body: courseCatalogueViewSchema },
    409: { description: 'The catalogue changed since the version sent (`version-conflict`, with the current version).' },
  },
});

export const reportProgressEventsRoute = defineRoute({
  operationId: 'reportProgressEvents',
  method: 'POST',
  path: '/seasons/{seasonId}/education/events',
  capability: 'education',
  roles: ['partner', 'staff'],
  summary: 'Report participants’ learning progress (the learning platform)',
  description:
    'For the learning platform’s machine client: a `partner` token whose organisation is `learning-platform` and whose programmes include the season’s (staff of the programme may post too). Up to 100 events; each is answered in order: `recorded`, `duplicate` (this eventId was recorded before: a replay changes nothing), `already-recorded` (the course was already recorded by another event), or a refusal that is not stored: `unknown-participant`, `unknown-item`, `not-in-track`, `after-deadline`.',
  tags: ['education'],
  request: { params: seasonParams, body: progressEventBatchSchema },
  responses: {
    200: {
      description: 'One outcome per event, in the order sent',
      body: z.strictObject({ outcomes: z.array(eventOutcomeSchema).max(100) }),
    },
  },
});

export const importProgressCsvRoute = defineRoute({
  operationId: 'importProgressCsv',
  method: 'POST',
  path: '/seasons/{seasonId}/education/imports',
  capability: 'education',
  roles: ['staff'],
  summary: 'Upload learning progress as CSV',
  description:
    'A `text/csv` body (UTF-8, BOM allowed, comma or semicolon, CRLF or LF) with a header naming the columns `applicationId`, `kind` (`webinar-watched` | `broadcast-attended`), `itemId` and `at` (ISO 8601). Good rows are recorded; every other row is reported with its line (the header is line 1), column and reason, and never blocks the good ones. Uploading the same file again records nothing.',
  tags: ['education'],
  request: { params: seasonParams, body: z.string().max(100 * 1024), bodyMediaType: 'text/csv' },
  responses: { 200: { description: 'What happened to the rows, with every problem', body: importReportSchema } },
});

export const getApplicationEducationRoute = defineRoute({
  operationId: 'getApplicationEducation',
  method: 'GET',
  path: '/applications/{applicationId}/education',
  capability: 'education',
  roles: ['applicant', 'staff'],
  summary: 'An application’s courses and completion',
  description:
    'The courses of the application’s track, each marked watched/attended, and completion judged by the programme’s shortlist rule (every recorded webinar watched and at least the share of live broadcasts attended). For the applicant and the programme’s staff.',
  tags: ['education'],
  request: { params: applicationParams },
  responses: { 200: { description: 'Courses and completion', body: educationViewSchema } },
});

/** The education block (capability 'education'): season courses, progress events and imports, an application's progress. */
export const educationRoutes = [
  getSeasonCoursesRoute,
  putSeasonCoursesRoute,
  reportProgressEventsRoute,
  importProgressCsvRoute,
  getApplicationEducationRoute,
] as const;
