import { routeModule } from '../../shared/platform/http/route-module.ts';
import { requestApplicantErasureRoute } from '../../shared/erasure/routes.ts';
import { requestApplicantErasure as request } from '../../shared/erasure/use-cases/request-applicant-erasure.ts';
import { wiring } from './wiring.ts';

export const requestApplicantErasure = routeModule(requestApplicantErasureRoute, async ({ identity, params, body }) => {
  const opened = await request(wiring().erasure, identity, params.applicantId, body);
  return { status: opened.created ? 202 : 200, body: opened.request };
});
