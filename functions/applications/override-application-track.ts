import { routeModule } from '../../shared/platform/http/route-module.ts';
import { overrideApplicationTrackRoute } from '../../shared/applications/routes.ts';
import { overrideApplicationTrack as override } from '../../shared/applications/use-cases/override-application-track.ts';
import { wiring } from './wiring.ts';

export const overrideApplicationTrack = routeModule(overrideApplicationTrackRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await override(wiring().applications, identity, params.applicationId, body),
}));
