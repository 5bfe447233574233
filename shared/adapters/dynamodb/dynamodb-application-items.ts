import {
  applicationEventSchema,
  applicationSchema,
  type Application,
  type ApplicationEvent,
} from '../../applications/application-schema.ts';
import { withoutAttributes } from './conditional-check.ts';
import {
  ENTITY,
  KEY_ATTRIBUTES,
  applicationGuardKey,
  applicationHistoryKey,
  applicationIndexKeys,
  applicationKey,
} from '../../platform/keys/keys.ts';
import { parseStored } from './parse-stored.ts';

/** How applications, their history events and their guards are laid out as items (keys and entity tags from keys.ts only). */

export const applicationItem = (application: Application): Record<string, unknown> => ({
  ...applicationKey(application.id),
  ...applicationIndexKeys({ ...application, track: application.track?.track }),
  entity: ENTITY.application,
  ...application,
});

export const applicationEventItem = (applicationId: string, event: ApplicationEvent): Record<string, unknown> => ({
  ...applicationHistoryKey(applicationId, event.at, event.version),
  entity: ENTITY.applicationEvent,
  ...event,
});

/** The guard names the application it protects, so a refused create can tell the caller which one exists. */
export const applicationGuardItem = (application: Application): Record<string, unknown> => ({
  ...applicationGuardKey(application.applicantId, application.seasonId),
  entity: ENTITY.applicationGuard,
  applicationId: application.id,
});

export const toApplication = (item: Record<string, unknown>): Application =>
  parseStored(applicationSchema, withoutAttributes(item, KEY_ATTRIBUTES));

export const toApplicationEvent = (item: Record<string, unknown>): ApplicationEvent =>
  applicationEventSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));
