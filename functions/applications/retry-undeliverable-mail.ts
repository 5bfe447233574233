import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import { retryUndeliverableMail as retry } from '../../shared/mail/use-cases/retry-undeliverable-mail.ts';
import type { retryUndeliverableMailRoute } from '../../shared/mail/routes.ts';
import { wiring } from './wiring.ts';

export const retryUndeliverableMail: RouteImplementation<typeof retryUndeliverableMailRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await retry(wiring().applications, identity, params.seasonId, params.mailRef),
});
