import * as z from 'zod';
import type { LocalisedText } from '../errors/app-error.ts';

/**
 * A missing required field answers code `required`; by default its message says only that it is
 * missing. A schema registered here says what to send instead:
 *   z.string().min(8).register(requiredMessages, { ru: 'Передайте …', en: 'Send …' })
 */
export const requiredMessages = z.registry<LocalisedText>();
