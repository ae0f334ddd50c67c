import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jitteredDelay, startBackgroundTask, stopBackgroundTasks } from './background-tasks';
import { createLogger } from './logger';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

/** A promise the test resolves when it wants the task to finish. */
function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

describe('background tasks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    stopBackgroundTasks();
    vi.useRealTimers();
  });

  it('wait the interval give or take a quarter, so instances do not all wake together', () => {
    expect(jitteredDelay(4000, () => 0)).toBe(3000);
    expect(jitteredDelay(4000, () => 0.5)).toBe(4000);
    expect(jitteredDelay(4000, () => 0.999_999)).toBe(5000);
  });

  it('run the task round after round until stopped', async () => {
    const task = vi.fn(async () => {});
    const handle = startBackgroundTask('count', 1000, task, { random: () => 0.5 });

    await vi.advanceTimersByTimeAsync(999);
    expect(task).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).toHaveBeenCalledTimes(4);

    handle.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(4);
  });

  it('never run the same task twice at once in one process', async () => {
    const { closed, open } = gate();
    let active = 0;
    let most = 0;
    const task = vi.fn(async () => {
      active += 1;
      most = Math.max(most, active);
      await closed;
      active -= 1;
    });
    const handle = startBackgroundTask('slow', 100, task, { random: () => 0.5 });
    // Starting it again (e.g. instrumentation registered twice) gives the running task, not a second one.
    expect(startBackgroundTask('slow', 100, task)).toBe(handle);

    await vi.advanceTimersByTimeAsync(100);
    const manual = handle.runNow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(1);

    open();
    await manual;
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('log a failure with the task’s name and go on with the next round', async () => {
    const { logger, lines } = capturedLogger();
    const task = vi.fn(async () => {
      throw new Error('database unreachable');
    });
    startBackgroundTask('failing', 1000, task, { logger, random: () => 0.5 });

    await vi.advanceTimersByTimeAsync(2000);
    expect(task).toHaveBeenCalledTimes(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'error', task: 'failing', msg: 'background task failed' });
    expect(lines[0]?.err).toBeDefined();
  });

  it('stop every task on SIGTERM', async () => {
    const first = vi.fn(async () => {});
    const second = vi.fn(async () => {});
    startBackgroundTask('first', 1000, first, { random: () => 0.5 });
    startBackgroundTask('second', 1000, second, { random: () => 0.5 });
    // Someone else (Next.js) ends the process on SIGTERM; here a listener that does nothing.
    const otherListener = () => {};
    process.on('SIGTERM', otherListener);
    try {
      process.emit('SIGTERM');
    } finally {
      process.off('SIGTERM', otherListener);
    }

    await vi.advanceTimersByTimeAsync(10_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
    // Stopped tasks can be started again under the same name.
    const again = vi.fn(async () => {});
    startBackgroundTask('first', 1000, again, { random: () => 0.5 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('do not keep the process alive', () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    startBackgroundTask('idle', 1000, async () => {});
    const timer = timeouts.mock.results.at(-1)?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    timeouts.mockRestore();
  });
});
