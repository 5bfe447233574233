import { bookInterviewRoute } from '../../shared/interviews/routes.ts';
import { bookInterview as book } from '../../shared/interviews/use-cases/book-interview.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const bookInterview = routeModule(bookInterviewRoute, async ({ identity, params, body }) => {
  const { created, interview } = await book(wiring().interviews, identity, params.applicationId, body);
  return { status: created ? 201 : 200, body: interview };
});
