import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import type { PartnerOrganisation, PartnerOrganisationContent } from '../../shared/partners/partner-organisation-schema.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

/** A registry record as staff would write it: an employer of Perm Krai, unless `overrides` say otherwise. */
export const organisationContent = (overrides: Partial<PartnerOrganisationContent> = {}): PartnerOrganisationContent => ({
  kind: 'employer',
  name: { ru: 'ООО «Кама Софт» (тест)', en: 'Kama Soft LLC (test)' },
  region: '59',
  contacts: [{ name: 'Ирина Котова', email: 'i.kotova@example.org', language: 'ru' }],
  ...overrides,
});

export const newOrganisationId = (prefix = 'org'): string => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Registers an organisation through the registry's adapter (the routes are the partners tests' business). */
export const registerOrganisation = async (
  overrides: Partial<PartnerOrganisationContent> = {},
  organisationId: string = newOrganisationId(),
): Promise<PartnerOrganisation> => {
  const organisations = new DynamoDbPartnerOrganisations(documentClient(), requireEnv(ENV.tableName));
  const outcome = await organisations.save(organisationId, organisationContent(overrides), 0, new Date().toISOString());
  if (!outcome.saved) throw new Error(`organisation ${organisationId} exists already`);
  return outcome.organisation;
};

/** A federal ministry of the registry (no region), under a fresh id that starts with `prefix`: the owner of a ministry's interviews. */
export const registerMinistry = (prefix = 'minfin'): Promise<PartnerOrganisation> =>
  registerOrganisation(
    {
      kind: 'federal-ministry',
      name: { ru: 'Министерство финансов Российской Федерации (тест)', en: 'Ministry of Finance of the Russian Federation (test)' },
      region: null,
    },
    newOrganisationId(prefix),
  );

/** Staff retire the organisation (its record replaced at the version read, `retired: true`), as the registry's route would. */
export const retireOrganisation = async (organisation: PartnerOrganisation): Promise<void> => {
  const { id, version, createdAt: _created, updatedAt: _updated, ...content } = organisation;
  const organisations = new DynamoDbPartnerOrganisations(documentClient(), requireEnv(ENV.tableName));
  const outcome = await organisations.save(id, { ...content, retired: true }, version, new Date().toISOString());
  if (!outcome.saved) throw new Error(`organisation ${id} changed meanwhile (version ${outcome.currentVersion})`);
};
