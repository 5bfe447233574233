import type { DataSharingField } from '../../applicants/domain/consents/data-sharing.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';
import { releaseRoutes } from '../../releases/routes.ts';

/**
 * The releases' examples, in the same ПроКадры 2027 season as the other operations' (the same
 * application and staff ids): a finalist from Perm Krai whose consented fields went to the region's
 * youth-policy body, read by its people and by its portal's machine client.
 */
const [
  listOrganisationReleases,
  getOrganisationRelease,
  listPartnerApiReleases,
  getPartnerApiRelease,
  saveMachineClient,
  ,
  listMachineClients,
  startReleaseExport,
  ,
  listMyDisclosures,
  listApplicationDisclosures,
  listSeasonDisclosures,
  listApplicationReleases,
] = releaseRoutes;

const PROGRAMME_ID = 'prokadry-2027';
const SEASON_ID = 'prokadry-2027-spring';
const APPLICATION_ID = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const RELEASE_ID = '7b2d9a51-0c4e-5f3a-9b8d-1e2f3a4b5c6d';
const ORGANISATION = 'molodezh-perm';
const ORGANISATION_NAME = { ru: 'Агентство по делам молодёжи Пермского края', en: 'Perm Krai Youth Affairs Agency' };
const CURSOR = 'eyJwayI6IlJFTEVBU0UjN2IyZDlhNTEifQ';
const FIELDS: DataSharingField[] = ['name', 'contacts.email', 'education', 'track', 'stage', 'interviewScores'];

const released = {
  releaseId: RELEASE_ID,
  applicationId: APPLICATION_ID,
  programmeId: PROGRAMME_ID,
  seasonId: SEASON_ID,
  purpose: 'region' as const,
  releasedAt: '2027-11-20T10:00:00.000Z',
  validUntil: '2028-11-19T10:00:00.000Z',
  fields: FIELDS,
  data: {
    name: { last: 'Ветрова', first: 'Ольга', patronymic: 'Андреевна' },
    contacts: { email: 'olga.vetrova@example.org' },
    education: [
      {
        institution: 'Пермский государственный национальный исследовательский университет',
        field: 'Государственное и муниципальное управление',
        level: 'master' as const,
        graduationYear: 2027,
        publicAdministration: true,
      },
    ],
    track: 'young',
    stage: 'federal-internship',
    interviewScores: [
      { rubricId: 'expert-interview', score: 7.8 },
      { rubricId: 'ministry-interview', score: 8.4 },
    ],
  },
};

const disclosure = {
  id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  at: '2027-11-21T07:45:12.000Z',
  applicationId: APPLICATION_ID,
  applicantId: '0a1e0000-0000-4000-8000-000000000031',
  programmeId: PROGRAMME_ID,
  seasonId: SEASON_ID,
  releaseId: RELEASE_ID,
  purpose: 'region' as const,
  organisationId: ORGANISATION,
  organisationName: ORGANISATION_NAME,
  reader: { kind: 'machine-client' as const, id: 'molodezh-perm-portal', role: 'machine-client' as const },
  channel: 'api' as const,
  fields: FIELDS,
  correlationId: 'c0ffee00-1234-4abc-9def-0123456789ab',
};
const byPerson = {
  ...disclosure,
  id: '8b7a6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e',
  at: '2027-11-20T12:03:40.000Z',
  reader: { kind: 'person' as const, id: '0a1e0000-0000-4000-8000-000000000042', role: 'partner' as const },
  channel: 'ui' as const,
  correlationId: 'b0ffee00-1234-4abc-9def-0123456789ab',
};

const machineClient = {
  clientId: 'molodezh-perm-portal',
  organisationId: ORGANISATION,
  name: 'Кадровый портал Пермского края',
  registeredAt: '2027-09-01T09:00:00.000Z',
  registeredBy: '0a1e0000-0000-4000-8000-000000000001',
};

const { applicantId: _applicant, reader: _reader, releaseId: _release, correlationId: _correlation, ...mine } = disclosure;

export const RELEASE_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(listOrganisationReleases, { responses: { 200: { items: [released], nextCursor: CURSOR } } }),
  routeExamples(getOrganisationRelease, { responses: { 200: released } }),
  routeExamples(listPartnerApiReleases, { responses: { 200: { items: [released], nextCursor: CURSOR } } }),
  routeExamples(getPartnerApiRelease, { responses: { 200: released } }),
  routeExamples(saveMachineClient, {
    request: { name: 'Кадровый портал Пермского края' },
    responses: { 200: { ...machineClient, registeredAt: '2027-10-01T09:00:00.000Z' }, 201: machineClient },
  }),
  routeExamples(listMachineClients, { responses: { 200: { items: [machineClient] } } }),
  routeExamples(startReleaseExport, {
    request: { seasonId: SEASON_ID, format: 'csv' },
    responses: {
      201: {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        organisationId: ORGANISATION,
        seasonId: SEASON_ID,
        format: 'csv',
        requestedAt: '2027-11-22T09:00:00.000Z',
        applications: 14,
        linkValidUntil: '2027-11-25T09:00:00.000Z',
        mailedTo: 1,
      },
    },
  }),
  routeExamples(listMyDisclosures, { responses: { 200: { items: [mine] } } }),
  routeExamples(listApplicationDisclosures, { responses: { 200: { items: [disclosure, byPerson] } } }),
  routeExamples(listSeasonDisclosures, { responses: { 200: { items: [disclosure, byPerson], nextCursor: CURSOR } } }),
  routeExamples(listApplicationReleases, {
    responses: {
      200: {
        decisions: [
          {
            applicationId: APPLICATION_ID,
            purpose: 'region',
            move: { from: 'federal-interview', to: 'federal-internship', version: 12 },
            outcome: 'released',
            region: '59',
            releases: [{ releaseId: RELEASE_ID, organisationId: ORGANISATION }],
            at: '2027-11-20T10:00:00.000Z',
          },
        ],
        releases: [
          {
            id: RELEASE_ID,
            purpose: 'region',
            organisationId: ORGANISATION,
            region: '59',
            applicationId: APPLICATION_ID,
            programmeId: PROGRAMME_ID,
            seasonId: SEASON_ID,
            consentId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
            fields: FIELDS,
            move: { from: 'federal-interview', to: 'federal-internship', version: 12 },
            releasedAt: '2027-11-20T10:00:00.000Z',
            validUntil: '2028-11-19T10:00:00.000Z',
            status: 'readable',
          },
        ],
      },
    },
  }),
];
