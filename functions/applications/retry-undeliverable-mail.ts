import type { RouteImplementation } from '../../shared/http/route.ts';
import { retryUndeliverableMail as retry } from '../../shared/mail/use-cases/retry-undeliverable-mail.ts';
import type { retryUndeliverableMailRoute } from '../../shared/routes/mail-routes.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const retryUndeliverableMail: RouteImplementation<typeof retryUndeliverableMailRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await retry(applications, caller(identity), params.seasonId, params.mailRef),
});
