import autocannon from 'autocannon';
import { memoryRecorder, workerMemory, type MemorySample } from './bench-memory';

// The bench's mixed load (BENCH_ONLY=memory, or any name containing "mixed"): what a working day
// looks like to the server, for long enough that memory shows where it settles. 20 connections ask
// for a mix of long-tail idea pages (signed out and in), distinct searches, list pages with random
// filters and sort, and personal pages (an idea page for its author, the moderation queue, the
// accelerator board, HR reports), in rounds; each worker's RSS is read after each round and after
// 40 s idle, so memory that keeps growing shows as a rising line.

const connections = 20;
const IDLE_SECONDS = 40;
const SAMPLE_EVERY_MS = 10_000;
/** Ten minutes in all by default (the goal); BENCH_MIXED_SECONDS shortens it while developing. */
const totalSeconds = Number(process.env.BENCH_MIXED_SECONDS ?? 600);
const rounds = Math.max(1, Number(process.env.BENCH_MIXED_ROUNDS ?? 3));

export interface MixedLoadSetup {
  /** Idea pages nobody in the other rows asked for (≥ 1,000 different ideas). */
  ideaPages: string[];
  /** Sessions of ordinary employees: they get the shared member version of an idea page. */
  employeeCookies: string[];
  /** Idea pages with their author's session: rendered for the author every time. */
  authorPages: { path: string; cookie: string }[];
  moderatorCookie: string;
  manager: { cookie: string; departmentId: string };
  hrCookie: string;
  listFilters: {
    statuses: readonly string[];
    sorts: readonly string[];
    categoryIds: string[];
    departmentIds: string[];
  };
  nextDistinctSearch: () => string;
}

/** What share of the mix each kind of request is (per 100 requests). */
const mix = [
  ['idea page, signed out', 30],
  ['idea page, signed in', 20],
  ['distinct search', 10],
  ['list with random filters', 20],
  ['idea page for its author', 5],
  ['moderation queue', 5],
  ['accelerator board', 5],
  ['HR report', 5],
] as const;
type Kind = (typeof mix)[number][0];

const reportPages = ['/reports', '/reports/ledger', '/reports/rewards', '/reports/funnel', '/reports/participation'];

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function pickKind(): Kind {
  let roll = Math.random() * 100;
  for (const [kind, share] of mix) if ((roll -= share) < 0) return kind;
  return mix[0][0];
}

function randomList(filters: MixedLoadSetup['listFilters']): string {
  const params = new URLSearchParams();
  if (Math.random() < 0.7) params.set('status', pick(filters.statuses));
  if (Math.random() < 0.7) params.set('sort', pick(filters.sorts));
  if (Math.random() < 0.3) params.set('category', pick(filters.categoryIds));
  if (Math.random() < 0.3) params.set('department', pick(filters.departmentIds));
  const query = params.toString();
  return query ? `/ideas?${query}` : '/ideas';
}

/** The next request of the mix: its address and the session it is sent with (none: signed out). */
function nextRequest(setup: MixedLoadSetup, kind: Kind): { path: string; cookie?: string } {
  const employee = () => pick(setup.employeeCookies);
  switch (kind) {
    case 'idea page, signed out':
      return { path: pick(setup.ideaPages) };
    case 'idea page, signed in':
      return { path: pick(setup.ideaPages), cookie: employee() };
    case 'distinct search':
      return {
        path: `/ideas?q=${encodeURIComponent(setup.nextDistinctSearch())}`,
        cookie: Math.random() < 0.5 ? employee() : undefined,
      };
    case 'list with random filters':
      return { path: randomList(setup.listFilters), cookie: Math.random() < 0.5 ? employee() : undefined };
    case 'idea page for its author':
      return pick(setup.authorPages);
    case 'moderation queue':
      return { path: '/moderation', cookie: setup.moderatorCookie };
    case 'accelerator board':
      return {
        path: Math.random() < 0.5 ? '/accelerator' : `/accelerator?department=${setup.manager.departmentId}`,
        cookie: setup.manager.cookie,
      };
    case 'HR report':
      return { path: pick(reportPages), cookie: setup.hrCookie };
  }
}

interface KindCount {
  requests: number;
  non2xx: number;
}

export interface MixedRound {
  round: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  /** Each worker's RSS right after the round. */
  workersAfter: MemorySample['workers'];
}

export interface MixedLoadResult {
  connections: number;
  seconds: number;
  rounds: MixedRound[];
  /** The whole mix, all rounds together; p50 and p99 are the worst round's. */
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  byKind: Record<string, KindCount>;
  memory: {
    before: MemorySample;
    afterEachRound: MemorySample[];
    afterIdle: MemorySample;
    idleSeconds: number;
    /** Every 10 s during the load: the highest RSS each worker reached shows here. */
    series: { second: number; workers: MemorySample['workers'] }[];
    /** The highest RSS any worker reached during the mix. */
    peakMB: number;
  };
}

function runRound(baseUrl: string, setup: MixedLoadSetup, seconds: number, byKind: Record<string, KindCount>) {
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request, context: { kind?: Kind }) => {
          const kind = pickKind();
          context.kind = kind;
          const { path, cookie } = nextRequest(setup, kind);
          return { ...request, path, headers: cookie ? { cookie } : {} };
        },
        onResponse: (status, _body, context: { kind?: Kind }) => {
          const count = (byKind[context.kind ?? 'unknown'] ??= { requests: 0, non2xx: 0 });
          count.requests += 1;
          if (status < 200 || status > 299) count.non2xx += 1;
        },
      },
    ],
  });
}

export async function mixedLoad(
  baseUrl: string,
  primaryPid: number,
  setup: MixedLoadSetup,
  say: (line: string) => void,
): Promise<MixedLoadResult> {
  const memory = memoryRecorder(primaryPid, say);
  const roundSeconds = Math.max(1, Math.round(totalSeconds / rounds));
  const byKind: Record<string, KindCount> = {};
  const before = await memory.record('before the mixed load');
  const series: MixedLoadResult['memory']['series'] = [];
  const started = performance.now();
  const sampler = setInterval(() => {
    const second = Math.round((performance.now() - started) / 1000);
    void workerMemory(primaryPid).then((workers) => series.push({ second, workers }));
  }, SAMPLE_EVERY_MS);
  const results: MixedRound[] = [];
  let requests = 0;
  try {
    for (let round = 1; round <= rounds; round += 1) {
      say(`mixed load: round ${round} of ${rounds}, ${roundSeconds} s at ${connections} connections…`);
      const result = await runRound(baseUrl, setup, roundSeconds, byKind);
      requests += result.requests.total;
      const after = await memory.record(`after mixed round ${round}`);
      results.push({
        round,
        seconds: roundSeconds,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        workersAfter: after.workers,
      });
    }
  } finally {
    clearInterval(sampler);
  }
  say(`mixed load: ${IDLE_SECONDS} s idle…`);
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const afterIdle = await memory.record(`after ${IDLE_SECONDS} s idle`);
  const allSamples = [...memory.samples, ...series];
  return {
    connections,
    seconds: roundSeconds * rounds,
    rounds: results,
    requestsPerSecond: Math.round(requests / (roundSeconds * rounds)),
    // The worst round's: percentiles of rounds do not add up to one of the whole, and the worst is what people feel.
    latencyP50Ms: Math.max(...results.map((round) => round.latencyP50Ms)),
    latencyP99Ms: Math.max(...results.map((round) => round.latencyP99Ms)),
    byKind,
    memory: {
      before,
      afterEachRound: memory.samples.filter((sample) => sample.at.startsWith('after mixed round')),
      afterIdle,
      idleSeconds: IDLE_SECONDS,
      series,
      peakMB: Math.max(...allSamples.flatMap((sample) => sample.workers.map((worker) => worker.rssMB))),
    },
  };
}
