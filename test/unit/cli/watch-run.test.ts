import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ApiError, NetworkError } from '../../../infra/cli/api-client.ts';
import { barDisplay, lineDisplay, type Progress, type ProgressDisplay } from '../../../infra/cli/progress-display.ts';
import { MAX_MISSED_POLLS, watchRun } from '../../../infra/cli/watch-run.ts';
import { capturedCliIo } from '../../support/captured-cli-io.ts';

interface Run {
  readonly done: number;
  readonly status: 'running' | 'finished';
}

/** A run read as `answers` in turn: each a run, or an error the read throws. */
const scripted = (answers: readonly (Run | Error)[]) => {
  let reads = 0;
  return {
    read: async (): Promise<Run> => {
      const answer = answers[Math.min(reads, answers.length - 1)];
      reads += 1;
      if (answer === undefined || answer instanceof Error) throw answer ?? new Error('no answer');
      return answer;
    },
    reads: () => reads,
  };
};

const recording = () => {
  const shown: Progress[] = [];
  let stopped = 0;
  const display: ProgressDisplay = { update: (progress) => shown.push(progress), stop: () => (stopped += 1) };
  return { display, shown, stopped: () => stopped };
};

const progress = (run: Run): Progress => ({ value: run.done, total: 3, status: run.status });
const finished = (run: Run) => run.status === 'finished';

describe('watching a run', () => {
  it('reads it every interval until it has finished, shows each reading and stops the display', async () => {
    const { io, waits } = capturedCliIo();
    const run = scripted([
      { done: 0, status: 'running' },
      { done: 2, status: 'running' },
      { done: 3, status: 'finished' },
    ]);
    const shown = recording();
    const last = await watchRun({ read: run.read, finished, progress, display: shown.display, intervalMs: 1500, wait: io.wait });
    assert.deepEqual(last, { done: 3, status: 'finished' });
    assert.deepEqual(
      shown.shown.map((entry) => entry.value),
      [0, 2, 3],
    );
    assert.deepEqual(waits, [1500, 1500]);
    assert.equal(shown.stopped(), 1);
  });

  it(`rides out up to ${MAX_MISSED_POLLS} missed reads in a row (no answer, a 5xx, throttling)`, async () => {
    const { io } = capturedCliIo();
    const unavailable = new ApiError({ method: 'GET', url: 'u', status: 503, problem: undefined, text: '', location: undefined });
    const run = scripted([
      new NetworkError('GET', 'u', 'socket hang up'),
      unavailable,
      new NetworkError('GET', 'u', 'ECONNRESET'),
      { done: 3, status: 'finished' },
    ]);
    const shown = recording();
    await watchRun({ read: run.read, finished, progress, display: shown.display, intervalMs: 10, wait: io.wait });
    assert.equal(run.reads(), 4);
  });

  it('gives up on the first refusal, and after too many missed reads, stopping the display', async () => {
    const { io } = capturedCliIo();
    const notFound = new ApiError({ method: 'GET', url: 'u', status: 404, problem: undefined, text: '', location: undefined });
    const refused = recording();
    await assert.rejects(
      watchRun({ read: scripted([notFound]).read, finished, progress, display: refused.display, intervalMs: 10, wait: io.wait }),
      notFound,
    );
    assert.equal(refused.stopped(), 1);
    const down = scripted([new NetworkError('GET', 'u', 'ECONNREFUSED')]);
    await assert.rejects(
      watchRun({ read: down.read, finished, progress, display: recording().display, intervalMs: 10, wait: io.wait }),
      NetworkError,
    );
    assert.equal(down.reads(), MAX_MISSED_POLLS + 1);
  });
});

describe('showing progress', () => {
  it('off a terminal: a line each time it changes, never the same line twice', () => {
    const captured = capturedCliIo();
    const display = lineDisplay(captured.io.stdout);
    display.update({ value: 0, total: undefined, status: 'counting' });
    display.update({ value: 0, total: undefined, status: 'counting' });
    display.update({ value: 5, total: 10, status: 'moved 5' });
    display.update({ value: 10, total: 10, status: 'moved 10' });
    display.stop();
    assert.equal(captured.stdout(), 'counting\n5/10 moved 5\n10/10 moved 10\n');
  });

  it('on a terminal: a bar redrawn in place, its total learnt once the run knows it', () => {
    const captured = capturedCliIo({ tty: true });
    const display = barDisplay(captured.io.stdout);
    display.update({ value: 0, total: undefined, status: 'counting' });
    display.update({ value: 4, total: 8, status: 'moved 4' });
    display.update({ value: 8, total: 8, status: 'moved 8' });
    display.stop();
    const frames = captured.stdout();
    assert.ok(frames.includes('\u001b['), 'the bar moves the cursor to redraw');
    assert.match(frames, /█{40} 100% 8\/8 \| moved 8/);
  });
});
