import cliProgress from 'cli-progress';
import type { CliStream } from './cli-io.ts';

/** Where a run stands: `value` of `total` (unknown while the run has not counted its work yet) and a short status. */
export interface Progress {
  readonly value: number;
  readonly total: number | undefined;
  readonly status: string;
}

export interface ProgressDisplay {
  readonly update: (progress: Progress) => void;
  /** Ends the display (the bar's last frame stays on screen). */
  readonly stop: () => void;
}

/** Plain lines for a log or a pipe: one line each time the status changes, never the same line twice. */
export const lineDisplay = (stream: CliStream): ProgressDisplay => {
  let last: string | undefined;
  return {
    update: ({ value, total, status }) => {
      const line = total === undefined ? status : `${value}/${total} ${status}`;
      if (line === last) return;
      last = line;
      stream.write(`${line}\n`);
    },
    stop: () => {},
  };
};

/** A cli-progress bar redrawn in place on a terminal. */
export const barDisplay = (stream: CliStream): ProgressDisplay => {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {percentage}% {value}/{total} | {status}',
      emptyOnZero: true,
      gracefulExit: false,
      hideCursor: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: ({ value, total, status }) => {
      if (!started) {
        bar.start(total ?? 0, value, { status });
        started = true;
        return;
      }
      if (total !== undefined && total !== bar.getTotal()) bar.setTotal(total);
      bar.update(value, { status });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
};

/** A bar on a terminal, lines anywhere else. */
export const progressDisplay = (stream: CliStream): ProgressDisplay => (stream.isTTY === true ? barDisplay(stream) : lineDisplay(stream));
