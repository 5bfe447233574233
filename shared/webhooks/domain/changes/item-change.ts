/**
 * One change of one table item, as the table's stream tells it: the item before and after, with
 * every stored attribute (keys and `entity` tag included). An insert has no `before`, a removal no
 * `after`.
 */
export type ItemChangeKind = 'INSERT' | 'MODIFY' | 'REMOVE';

export interface ItemChange {
  readonly kind: ItemChangeKind;
  readonly before?: Readonly<Record<string, unknown>> | undefined;
  readonly after?: Readonly<Record<string, unknown>> | undefined;
}

/** The kind of item changed (its `entity` tag), read from whichever image the change has. */
export const changedEntity = (change: ItemChange): unknown => (change.after ?? change.before)?.['entity'];
