import * as z from 'zod';
import { rule } from './field-rules.ts';

// The pattern fixes the length; maxLength only says so in the OpenAPI document (one refusal, not two).
const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ maxLength: 2 });

/**
 * Every citizenship the person holds, as ISO 3166-1 alpha-2 codes (`["RU"]`, `["RU", "KZ"]`):
 * eligibility asks whether any of them is one the programme admits, and a dual citizen must
 * not be refused for listing the other one first.
 */
export const citizenshipSchema = z
  .array(countryCodeSchema)
  .min(1)
  .max(5)
  .refine(
    (codes) => new Set(codes).size === codes.length,
    rule('duplicate-citizenship', 'Гражданство указано дважды', 'A citizenship is listed twice'),
  )
  .describe('ISO 3166-1 alpha-2 codes of every citizenship held, e.g. ["RU"].');
