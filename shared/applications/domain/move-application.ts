import type { Application, ApplicationEvent } from '../application-schema.ts';

export interface Move {
  readonly from: string;
  readonly to: string;
  readonly at: string;
  readonly actor: string;
  readonly kind: ApplicationEvent['kind'];
  readonly note?: string | undefined;
}

/**
 * The new state and the history event of an allowed transition (decide-transition.ts decided it):
 * the stage changes, the version grows by one and the event carries that version, so the
 * repository can write both in one conditional transaction.
 */
export const moveApplication = (
  application: Application,
  move: Move,
  changes: Partial<Application> = {},
): { readonly application: Application; readonly event: ApplicationEvent } => {
  const version = application.version + 1;
  return {
    application: { ...application, ...changes, stage: move.to, updatedAt: move.at, version },
    event: {
      at: move.at,
      version,
      kind: move.kind,
      actor: move.actor,
      fromStage: move.from,
      toStage: move.to,
      ...(move.note === undefined ? {} : { note: move.note }),
    },
  };
};
