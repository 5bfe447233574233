import * as z from 'zod';
import { rule } from './field-rules.ts';
import { isRegionCode } from './region-codes.ts';

/** A subject of the Russian Federation by its two-digit tax code (GET /regions lists them). */
export const regionCodeSchema = z
  .string()
  // The pattern is what the set of codes looks like, for readers of the OpenAPI document; the refinement decides.
  .meta({ maxLength: 2, pattern: '^[0-9]{2}$' })
  .refine(
    isRegionCode,
    rule(
      'unknown-region',
      'Нет субъекта РФ с таким кодом: коды перечислены в GET /regions',
      'There is no subject of the Russian Federation with this code: GET /regions lists the codes',
    ),
  )
  .describe('Two-digit subject code of the Federal Tax Service (77 Moscow, 78 Saint Petersburg, …): see GET /regions.');
