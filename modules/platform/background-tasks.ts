import { logger as appLogger, type Logger } from './logger';

// Periodic work inside a server instance (e.g. draining a queue in PostgreSQL). Every instance runs
// its own copy, so the work itself must be safe to run on many instances at once; this only makes
// sure that one process never runs the same task twice at the same time, that instances do not
// all wake together (jitter), that a failure is logged and the next round still comes, and that
// the timers neither keep a process alive nor outlive SIGTERM.

export interface BackgroundTask {
  readonly name: string;
  /** Runs the task now unless it is already running; resolves when that run ends. */
  runNow(): Promise<void>;
  /** No more rounds; a run in progress finishes. */
  stop(): void;
}

export interface BackgroundTaskOptions {
  logger?: Logger;
  /** 0 ≤ x < 1; the wait is `everyMs` × 0.75–1.25. */
  random?: () => number;
}

const running = new Map<string, BackgroundTask>();

/** The wait before the next round: within a quarter of the interval either way. */
export function jitteredDelay(everyMs: number, random: () => number): number {
  return Math.round(everyMs * (0.75 + random() * 0.5));
}

/**
 * Runs `task` every `everyMs` (with jitter) until stopped. Starting a task whose name is already
 * running in this process returns the running one instead of a second copy.
 */
export function startBackgroundTask(
  name: string,
  everyMs: number,
  task: () => Promise<unknown>,
  { logger = appLogger, random = Math.random }: BackgroundTaskOptions = {},
): BackgroundTask {
  const existing = running.get(name);
  if (existing) return existing;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void runNow().then(schedule), jitteredDelay(everyMs, random));
    timer.unref();
  };

  function runNow(): Promise<void> {
    current ??= (async () => {
      try {
        await task();
      } catch (error) {
        logger.error({ err: error, task: name }, 'background task failed');
      } finally {
        current = undefined;
      }
    })();
    return current;
  }

  const handle: BackgroundTask = {
    name,
    runNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (running.get(name) === handle) running.delete(name);
    },
  };
  running.set(name, handle);
  listenForTermination();
  schedule();
  return handle;
}

/** Stops every background task of this process. */
export function stopBackgroundTasks(): void {
  for (const task of [...running.values()]) task.stop();
}

let listening = false;

function listenForTermination() {
  if (listening) return;
  listening = true;
  process.once('SIGTERM', function stopOnTermination() {
    listening = false;
    stopBackgroundTasks();
    // A listener of our own would keep the process from ending: with nobody else listening (Next.js
    // normally is), hand the signal back to Node's default, which ends the process.
    if (process.listenerCount('SIGTERM') === 0) process.kill(process.pid, 'SIGTERM');
  });
}
