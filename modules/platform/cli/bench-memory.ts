import { readdir, readFile } from 'node:fs/promises';

// The bench's memory rows: the resident memory (RSS) of each server worker, read from /proc. The
// workers are the processes that serve.ts's primary forks (node:cluster), i.e. its children.

export interface WorkerMemory {
  pid: number;
  rssMB: number;
}

export interface MemorySample {
  /** When in the run: "server started", "after <target>", "mixed load, round 2", … */
  at: string;
  workers: WorkerMemory[];
}

const megabytes = (kilobytes: number) => Math.round(kilobytes / 1024);

/** The pids whose parent is `parentPid` (from /proc/<pid>/stat: "pid (name) state ppid …"). */
async function childrenOf(parentPid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The name may contain spaces and parentheses: the fields after its last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[1]) === parentPid) children.push(Number(entry));
  }
  return children.sort((a, b) => a - b);
}

async function residentKilobytes(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status?.match(/^VmRSS:\s+(\d+) kB/m);
  return match ? Number(match[1]) : null;
}

/** RSS of each worker of the server whose primary process is `primaryPid` (the primary alone when it has none). */
export async function workerMemory(primaryPid: number): Promise<WorkerMemory[]> {
  const children = await childrenOf(primaryPid);
  const workers: WorkerMemory[] = [];
  for (const pid of children.length > 0 ? children : [primaryPid]) {
    const kilobytes = await residentKilobytes(pid);
    if (kilobytes !== null) workers.push({ pid, rssMB: megabytes(kilobytes) });
  }
  return workers;
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
