import { partnerRoutes } from '../../partners/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The partner registry's examples: Perm Krai's youth-policy body, where the region's ПроКадры
 * finalists' data goes, and a ministry beside it in the list.
 */
const [savePartnerOrganisation, getPartnerOrganisation, listPartnerOrganisations, getMyOrganisation] = partnerRoutes;

const CURSOR = 'eyJwayI6IlBBUlRORVJfT1JHI3lvdXRoLXBlcm0ifQ';

const youthPolicyInput = {
  kind: 'youth-policy-body' as const,
  name: { ru: 'Агентство по делам молодёжи Пермского края', en: 'Perm Krai Youth Affairs Agency' },
  region: '59' as const,
  contacts: [{ name: 'Ирина Котова', email: 'i.kotova@example.org', phone: '+73422170000', language: 'ru' as const }],
};
const youthPolicyBody = {
  id: 'molodezh-perm',
  ...youthPolicyInput,
  retired: false,
  version: 1,
  createdAt: '2027-03-01T09:00:00.000Z',
  updatedAt: '2027-03-01T09:00:00.000Z',
};
const ministry = {
  id: 'minek-rf',
  kind: 'federal-ministry' as const,
  name: {
    ru: 'Министерство экономического развития Российской Федерации',
    en: 'Ministry of Economic Development of the Russian Federation',
  },
  region: null,
  contacts: [{ name: 'Олег Серов', email: 'o.serov@example.org', language: 'ru' as const }],
  retired: false,
  version: 3,
  createdAt: '2027-02-10T09:00:00.000Z',
  updatedAt: '2027-04-02T12:30:00.000Z',
};

export const PARTNER_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(savePartnerOrganisation, {
    request: { ...youthPolicyInput, version: 0 },
    responses: {
      200: { ...youthPolicyBody, version: 2, updatedAt: '2027-05-12T08:15:00.000Z' },
      201: youthPolicyBody,
    },
  }),
  routeExamples(getPartnerOrganisation, { responses: { 200: youthPolicyBody } }),
  routeExamples(listPartnerOrganisations, { responses: { 200: { items: [youthPolicyBody, ministry], nextCursor: CURSOR } } }),
  routeExamples(getMyOrganisation, { responses: { 200: youthPolicyBody } }),
];
