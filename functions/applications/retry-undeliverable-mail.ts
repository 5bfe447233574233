import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import { retryUndeliverableMail as retry } from '../../shared/mail/use-cases/retry-undeliverable-mail.ts';
import type { retryUndeliverableMailRoute } from '../../shared/mail/routes.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const retryUndeliverableMail: RouteImplementation<typeof retryUndeliverableMailRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await retry(applications, caller(identity), params.seasonId, params.mailRef),
});
