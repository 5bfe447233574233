import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { localisedTextSchema } from '../catalogue/domain/config/localised-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/**
 * A season's education block (ПроКадры: recorded webinars with access deadlines and live
 * broadcasts, different course levels per track). Each course names the tracks whose level it
 * belongs to: a participant's completion counts only the courses of their track.
 */
const courseTitleSchema = localisedTextSchema(300);
const courseTracksSchema = z.array(localIdSchema).min(1).max(10);

export const recordedWebinarSchema = z.strictObject({
  id: localIdSchema,
  title: courseTitleSchema,
  /** Watching after this moment does not count (the platform closes access). */
  accessUntil: isoDateTime(),
  tracks: courseTracksSchema,
});
export type RecordedWebinar = z.infer<typeof recordedWebinarSchema>;

export const liveBroadcastSchema = z.strictObject({
  id: localIdSchema,
  title: courseTitleSchema,
  scheduledAt: isoDateTime(),
  tracks: courseTracksSchema,
});
export type LiveBroadcast = z.infer<typeof liveBroadcastSchema>;

/** Up to 100 of each: a block of a few weeks has tens, and the progress item lists ids (400 KB item limit). */
const coursesShape = {
  webinars: z.array(recordedWebinarSchema).max(100),
  broadcasts: z.array(liveBroadcastSchema).max(100),
};

/** Ids are unique across both kinds, so a progress event's item id names one course. */
const uniqueIds = (
  courses: { readonly webinars: readonly { id: string }[]; readonly broadcasts: readonly { id: string }[] },
  ctx: z.RefinementCtx,
): void => {
  const seen = new Set<string>();
  const all = [
    ...courses.webinars.map((course, index) => ({ id: course.id, path: ['webinars', index, 'id'] })),
    ...courses.broadcasts.map((course, index) => ({ id: course.id, path: ['broadcasts', index, 'id'] })),
  ];
  for (const { id, path } of all) {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `Course id ${id} is used twice`,
        params: {
          code: 'duplicate-course-id',
          message: { ru: `Идентификатор курса ${id} повторяется`, en: `Course id ${id} is used twice` },
        },
      });
    }
    seen.add(id);
  }
};

export const courseCatalogueSchema = z.strictObject({
  seasonId: seasonIdSchema,
  ...coursesShape,
  /** Starts at 1 and grows by one per accepted replacement (optimistic locking). */
  version: z.int().min(1),
  updatedAt: isoDateTime(),
  updatedBy: z.string().max(128),
});
export type CourseCatalogue = z.infer<typeof courseCatalogueSchema>;

/** What staff send: the whole catalogue, and the `version` they read (0 when there is none yet). */
export const courseCatalogueInputSchema = z
  .strictObject({
    ...coursesShape,
    version: z.int().min(0),
  })
  .superRefine(uniqueIds);
export type CourseCatalogueInput = z.infer<typeof courseCatalogueInputSchema>;
