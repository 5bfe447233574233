import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import type { PartnerOrganisationResolver } from '../../shared/partners/ports/partner-organisation-resolver.ts';
import { partnerOrganisationResolver } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import type { PartnerDependencies } from '../../shared/partners/use-cases/partner-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ReleaseDependencies } from '../../shared/releases/use-cases/release-dependencies.ts';

/** Everything the partners function's routes reach outside pure code for. */
export interface PartnersWiring {
  readonly partners: PartnerDependencies;
  /** Which registered organisation a partner caller acts for (their claims checked against the registry). */
  readonly resolver: PartnerOrganisationResolver;
  /** Finalists' data released to organisations, its readers, exports and disclosure log: built at the first such route (release-wiring.ts). */
  readonly releases: () => Promise<ReleaseDependencies>;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => PartnersWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const partners: PartnerDependencies = {
    organisations: new DynamoDbPartnerOrganisations(client, tableName),
    clock: () => new Date(),
  };
  const resolver = partnerOrganisationResolver(partners);
  return {
    partners,
    resolver,
    releases: once(() =>
      import('./release-wiring.ts').then((module) =>
        module.releaseWiring(client, tableName, { organisations: partners.organisations, resolver, clock: partners.clock }),
      ),
    ),
  };
});
