import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { overrideApplicationTrackRoute } from '../../shared/applications/routes.ts';
import { overrideApplicationTrack as override } from '../../shared/applications/use-cases/override-application-track.ts';
import { wiring } from './wiring.ts';

export const overrideApplicationTrack: RouteImplementation<typeof overrideApplicationTrackRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await override(wiring().applications, identity, params.applicationId, body),
});
