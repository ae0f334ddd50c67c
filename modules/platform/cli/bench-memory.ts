import { readdir, readFile, readlink } from 'node:fs/promises';

// The bench's memory rows: the resident memory (RSS) of each server worker, read from /proc. The
// workers are the processes that serve.ts's primary forks (node:cluster): its children that run the
// same program (tsx also starts an esbuild service beside it, which is not a worker).

export interface WorkerMemory {
  pid: number;
  rssMB: number;
  /** The anonymous part of RSS (V8's heap, buffers, native allocations); the rest is mapped files such as node itself. */
  anonymousMB: number;
}

export interface MemorySample {
  /** When in the run: "server started", "after <target>", "mixed load, round 2", … */
  at: string;
  workers: WorkerMemory[];
}

const megabytes = (kilobytes: number) => Math.round(kilobytes / 1024);

const program = (pid: number) => readlink(`/proc/${pid}/exe`).catch(() => null);

/** The pids whose parent is `parentPid` and that run its program (from /proc/<pid>/stat: "pid (name) state ppid …"). */
async function workersOf(parentPid: number): Promise<number[]> {
  const parentProgram = await program(parentPid);
  const workers: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The name may contain spaces and parentheses: the fields after its last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[1]) === parentPid && (await program(Number(entry))) === parentProgram)
      workers.push(Number(entry));
  }
  return workers.sort((a, b) => a - b);
}

async function residentMemory(pid: number): Promise<WorkerMemory | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const rss = status?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  const anonymous = status?.match(/^RssAnon:\s+(\d+) kB/m)?.[1];
  return rss === undefined
    ? null
    : { pid, rssMB: megabytes(Number(rss)), anonymousMB: megabytes(Number(anonymous ?? 0)) };
}

/** RSS of each worker of the server whose primary process is `primaryPid` (the primary alone when it has none). */
export async function workerMemory(primaryPid: number): Promise<WorkerMemory[]> {
  const workers = await workersOf(primaryPid);
  const memory: WorkerMemory[] = [];
  for (const pid of workers.length > 0 ? workers : [primaryPid]) {
    const resident = await residentMemory(pid);
    if (resident) memory.push(resident);
  }
  return memory;
}

/** "412, 398 MB": one number per worker, as printed after each target. */
export function describeWorkers(workers: WorkerMemory[]): string {
  return `${workers.map((worker) => worker.rssMB).join(', ')} MB`;
}

/** Records what each worker holds now under a label, and says it. */
export function memoryRecorder(primaryPid: number, say: (line: string) => void) {
  const samples: MemorySample[] = [];
  return {
    samples,
    async record(at: string): Promise<MemorySample> {
      const sample = { at, workers: await workerMemory(primaryPid) };
      samples.push(sample);
      say(`  RSS per worker ${at}: ${describeWorkers(sample.workers)}`);
      return sample;
    },
  };
}
