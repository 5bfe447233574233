import * as z from 'zod';

/** An internship offer's id as placements and matching runs name it: lowercase letters, digits and hyphens (a slug or a UUID). */
export const internshipOfferRefSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
