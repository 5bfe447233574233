import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { createProgrammeRoute } from '../../shared/catalogue/routes.ts';
import { createProgramme as create } from '../../shared/catalogue/use-cases/create-programme.ts';
import { wiring } from './wiring.ts';

export const createProgramme: RouteImplementation<typeof createProgrammeRoute> = async ({ identity, body }) => {
  const programme = await create(wiring().catalogue, identity, body);
  return { status: 201, body: programme, headers: { location: `/programmes/${programme.id}` } };
};
