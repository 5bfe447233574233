import { routeModule } from '../../shared/platform/http/route-module.ts';
import { retryUndeliverableMail as retry } from '../../shared/mail/use-cases/retry-undeliverable-mail.ts';
import { retryUndeliverableMailRoute } from '../../shared/mail/routes.ts';
import { wiring } from './wiring.ts';

export const retryUndeliverableMail = routeModule(retryUndeliverableMailRoute, async ({ identity, params }) => ({
  status: 202,
  body: await retry(wiring().applications, identity, params.seasonId, params.mailRef),
}));
