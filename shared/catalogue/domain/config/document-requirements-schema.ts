import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { nameSchema } from './localised-text.ts';

/**
 * Documents a programme asks for. The formats table is what the documents capability checks an
 * upload against (content type at presign, file signature and container at confirm).
 */
export const DOCUMENT_FORMATS = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', video: false },
  doc: { contentType: 'application/msword', extension: 'doc', video: false },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', video: false },
  mp4: { contentType: 'video/mp4', extension: 'mp4', video: true },
  webm: { contentType: 'video/webm', extension: 'webm', video: true },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;
const FORMAT_NAMES = Object.keys(DOCUMENT_FORMATS) as [DocumentFormat, ...DocumentFormat[]];

export const DOCUMENT_KINDS = ['resume', 'summarySheet', 'videoPresentation', 'projectDescription', 'other'] as const;

/** Presigned POST allows up to 5 GiB; anything larger must not be promised to applicants. */
const MAX_UPLOAD_BYTES = 5 * 1024 ** 3;

export const documentRequirementSchema = z
  .strictObject({
    id: localIdSchema,
    kind: z.enum(DOCUMENT_KINDS),
    name: nameSchema,
    formats: z.array(z.enum(FORMAT_NAMES)).min(1).max(FORMAT_NAMES.length),
    maxBytes: z.int().min(1).max(MAX_UPLOAD_BYTES),
    /** Videos only: the longest self-presentation accepted. */
    maxDurationSeconds: z.int().min(1).max(3600).optional(),
    /** The stage by whose end the document must be verified. */
    stage: localIdSchema,
    required: z.boolean(),
    /** Applies only to these tracks; absent means every track. */
    tracks: z.array(localIdSchema).max(10).optional(),
  })
  .superRefine((requirement, ctx) => {
    const video = requirement.formats.some((format) => DOCUMENT_FORMATS[format].video);
    const document = requirement.formats.some((format) => !DOCUMENT_FORMATS[format].video);
    if (video && document) {
      ctx.addIssue({
        code: 'custom',
        path: ['formats'],
        message: 'Do not mix video and document formats in one requirement',
        params: {
          code: 'mixed-formats',
          message: { ru: 'Нельзя смешивать видео и документы в одном требовании', en: 'Do not mix video and document formats' },
        },
      });
    }
    if (video && requirement.maxDurationSeconds === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxDurationSeconds'],
        message: 'A video requirement needs maxDurationSeconds',
        params: {
          code: 'duration-required',
          message: { ru: 'Для видео укажите максимальную длительность', en: 'A video needs a maximum duration' },
        },
      });
    }
    if (!video && requirement.maxDurationSeconds !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxDurationSeconds'],
        message: 'Only videos have a duration',
        params: {
          code: 'duration-not-applicable',
          message: { ru: 'Длительность бывает только у видео', en: 'Only videos have a duration' },
        },
      });
    }
  });
export type DocumentRequirement = z.infer<typeof documentRequirementSchema>;
