import type { ExportWindow } from '../domain/export-window.ts';

/** Counts the exports one person asks for in a window. */
export interface ExportThrottle {
  /** Counts one more export in `window` and answers true, or answers false (counting nothing) when `max` are counted already. */
  take(subject: string, window: ExportWindow, max: number): Promise<boolean>;
}
