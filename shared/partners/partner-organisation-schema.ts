import * as z from 'zod';
import { emailSchema, e164PhoneSchema } from '../applicants/domain/profile/contacts-schema.ts';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/**
 * The kinds of partner organisation the programmes work with: regional executive bodies (РОИВ) and
 * federal ministries (ФОИВ) host ПроКадры's internships, employers host Кадры будущего's
 * internships and professional trials, and a region's youth-policy body receives its finalists' data.
 */
export const PARTNER_ORGANISATION_KINDS = ['regional-executive-body', 'federal-ministry', 'employer', 'youth-policy-body'] as const;
export type PartnerOrganisationKind = (typeof PARTNER_ORGANISATION_KINDS)[number];

/** Kinds that always belong to one region, and the kind that never does. */
export const REGIONAL_KINDS: readonly PartnerOrganisationKind[] = ['regional-executive-body', 'youth-policy-body'];
export const FEDERAL_KINDS: readonly PartnerOrganisationKind[] = ['federal-ministry'];

export const partnerOrganisationIdSchema = localIdSchema;

/** `federal` where a query asks for a region: the organisations the registry places in none. */
export const FEDERAL_QUERY_VALUE = 'federal';

/** Someone at the organisation the platform mails (push exports of released data, offers' news), in their language. */
export const partnerContactSchema = z.strictObject({
  name: freeText({ max: 200 }),
  email: emailSchema,
  phone: e164PhoneSchema.optional(),
  language: z.enum(['ru', 'en']),
});
export type PartnerContact = z.infer<typeof partnerContactSchema>;

/** What staff write about an organisation; `region` null means federal (a ministry, an employer working country-wide). */
const organisationFields = {
  kind: z.enum(PARTNER_ORGANISATION_KINDS),
  name: nameSchema,
  region: regionCodeSchema.nullable(),
  contacts: z.array(partnerContactSchema).min(1).max(5),
  /**
   * A retired organisation stays in the registry (offers, releases and interview events name it,
   * and its people's accounts still carry its id) but its people act for it no more.
   */
  retired: z.boolean().optional(),
};

/** Regional bodies need a region; a federal ministry has none. Employers may be either. */
const checkRegionOfKind = (
  organisation: { readonly kind: PartnerOrganisationKind; readonly region: string | null },
  ctx: z.core.$RefinementCtx,
): void => {
  if (REGIONAL_KINDS.includes(organisation.kind) && organisation.region === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: 'A regional body needs a region',
      params: {
        code: 'region-required',
        message: {
          ru: 'Региональному органу нужен код субъекта РФ',
          en: 'A regional body needs the code of its subject of the Russian Federation',
        },
      },
    });
  }
  if (FEDERAL_KINDS.includes(organisation.kind) && organisation.region !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: 'A federal body has no region',
      params: {
        code: 'federal-has-no-region',
        message: {
          ru: 'Федеральный орган не относится к одному региону: region = null',
          en: 'A federal body has no region: region = null',
        },
      },
    });
  }
};

export const partnerOrganisationContentSchema = z.strictObject(organisationFields).superRefine(checkRegionOfKind);
export type PartnerOrganisationContent = z.infer<typeof partnerOrganisationContentSchema>;

/** What staff send to register an organisation or replace its record, with the version they read (0 to register). */
export const partnerOrganisationInputSchema = z
  .strictObject({ ...organisationFields, version: z.int().min(0).describe('The version you read; 0 to register the organisation.') })
  .superRefine(checkRegionOfKind);
export type PartnerOrganisationInput = z.infer<typeof partnerOrganisationInputSchema>;

export const partnerOrganisationSchema = z.strictObject({
  id: partnerOrganisationIdSchema,
  ...organisationFields,
  version: z.int().min(1),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type PartnerOrganisation = z.infer<typeof partnerOrganisationSchema>;
