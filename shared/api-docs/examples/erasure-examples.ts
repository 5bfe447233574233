import type { ErasureRequest } from '../../erasure/erasure-schema.ts';
import { erasureRoutes } from '../../erasure/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The erasure examples: an applicant of ПроКадры asks for their data to be erased; staff act on
 * another person's written request; both follow the request to its end.
 */
const [requestMyErasure, getMyErasureRequest, requestApplicantErasure, getErasureRequest, listErasureRequests] = erasureRoutes;

const received: ErasureRequest = {
  id: '0b6e2f4a-8c1d-4e3f-9a5b-7c9d1e3f5a7b',
  status: 'received',
  requestedBy: { kind: 'applicant' },
  requestedAt: '2027-05-12T08:30:00.000Z',
  stepsDone: [],
  removed: {},
};

const completed: ErasureRequest = {
  ...received,
  status: 'completed',
  stepsDone: ['inventory', 'links', 'objects', 'mail', 'records', 'account', 'receipt'],
  removed: {
    applicantRecords: 9,
    applicationRecords: 41,
    documentObjects: 6,
    certificateFiles: 2,
    mails: 1,
    teamMemberships: 1,
    relations: 3,
    mentoringPairs: 1,
    mentoringSessions: 4,
    certificates: 1,
    disclosures: 2,
    releases: 1,
    interviewSeats: 1,
    account: 1,
  },
  completedAt: '2027-05-12T08:31:10.000Z',
};

const byStaff: ErasureRequest = {
  id: '6f1a3c5e-7b9d-4f2a-8c4e-1a3c5e7b9d2f',
  status: 'erasing',
  requestedBy: {
    kind: 'staff',
    staffId: 'a7c2e9f0-1b3d-4e5f-8a9b-0c1d2e3f4a5b',
    writtenRequest: { reference: 'ВХ-2027/118', receivedAt: '2027-05-10T09:00:00.000Z' },
  },
  requestedAt: '2027-05-12T09:15:00.000Z',
  stepsDone: ['inventory', 'links'],
  removed: { teamMemberships: 1, certificates: 1 },
};

export const ERASURE_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(requestMyErasure, { request: { confirm: 'erase-my-data', language: 'ru' }, responses: { 202: received, 200: received } }),
  routeExamples(getMyErasureRequest, { responses: { 200: completed } }),
  routeExamples(requestApplicantErasure, {
    request: { writtenRequest: { reference: 'ВХ-2027/118', receivedAt: '2027-05-10T09:00:00.000Z' } },
    responses: { 202: { ...byStaff, status: 'received', stepsDone: [], removed: {} }, 200: byStaff },
  }),
  routeExamples(getErasureRequest, { responses: { 200: byStaff } }),
  routeExamples(listErasureRequests, { responses: { 200: { items: [byStaff, completed] } } }),
];
