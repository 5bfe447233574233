import { cancelInterviewBookingRoute } from '../../shared/interviews/routes.ts';
import { cancelInterviewBooking as cancel } from '../../shared/interviews/use-cases/cancel-interview-booking.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const cancelInterviewBooking = routeModule(cancelInterviewBookingRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await cancel(wiring().interviews, identity, params.applicationId, query.version),
}));
