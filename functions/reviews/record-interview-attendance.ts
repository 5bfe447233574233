import { recordAttendanceRoute } from '../../shared/interviews/routes.ts';
import { recordAttendance } from '../../shared/interviews/use-cases/record-attendance.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const recordInterviewAttendance = routeModule(recordAttendanceRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await recordAttendance(wiring().interviews, identity, params, body),
}));
