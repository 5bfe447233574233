import * as z from 'zod';

/** The state every openSeason task reads; later states carry more fields, which are ignored. */
export const seasonStateSchema = z.object({ programmeId: z.string().min(1), seasonId: z.string().min(1) });
