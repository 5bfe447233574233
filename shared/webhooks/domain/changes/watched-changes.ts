import { ENTITY } from '../../../platform/keys/keys.ts';
import type { WebhookEvent } from '../../webhook-event-schema.ts';
import { applicationEvents } from './application-changes.ts';
import { certificateEvents } from './certificate-changes.ts';
import type { ItemChange, ItemChangeKind } from './item-change.ts';
import { placementEvents } from './placement-changes.ts';
import { releaseEvents } from './release-changes.ts';

export interface WatchedChange {
  /** The `entity` tag of the items. */
  readonly entity: string;
  /** The kinds of change that may make an event. */
  readonly kinds: readonly ItemChangeKind[];
  /** The `status` the item has after a change that may make an event; absent, any. */
  readonly statuses?: readonly string[];
  readonly events: (change: ItemChange) => WebhookEvent[];
}

/**
 * The changes webhooks are made of, and nothing else: the event source's filter is built from this
 * list (in AWS the event source mapping's filter criteria, locally the stream reader's), so the
 * function is not woken for the table's other writes (counters, mail, leases), which are most of them.
 */
export const WATCHED_CHANGES: readonly WatchedChange[] = [
  { entity: ENTITY.application, kinds: ['MODIFY'], events: applicationEvents },
  { entity: ENTITY.placement, kinds: ['INSERT', 'MODIFY'], events: placementEvents },
  { entity: ENTITY.certificate, kinds: ['INSERT', 'MODIFY'], statuses: ['issued', 'revoked'], events: certificateEvents },
  { entity: ENTITY.release, kinds: ['INSERT'], events: releaseEvents },
];
