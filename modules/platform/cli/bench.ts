import type { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { isScaleDataLoaded, loadScaleData, SCALE_DATABASE } from '../../../prisma/seed/scale';
import { isScaleRewardsLoaded, loadScaleRewards } from '../../../prisma/seed/scale-rewards';
import { isScaleTimelinesLoaded, loadScaleTimelines } from '../../../prisma/seed/scale-timelines';
import { openDatabase } from '../database/open-database';
import { migrateDatabase } from '../database/provision';
import { launcherEnvSchema, parseEnv } from '../env';
import { projectRoot } from '../paths';
import { setVote } from '../../ideas/votes';
import { createPrismaClient, IdeaStatus } from '../db/client';
import { evaluateGoals, printGoals, type GoalRows, type Measurement } from './bench-goals';
import { storedCounter, warmLongTail, type LongTailWarmUp } from './bench-long-tail';
import { describeWorkers, memoryRecorder } from './bench-memory';
import { mixedLoad, type MixedLoadResult } from './bench-mixed';
import { insightTargets } from './bench-insight';
import { benchNotifications, type NotificationsBench } from './bench-notifications';
import { measurePhones, type PhonePageMeasure } from './bench-phones';
import { lookUpBenchPeople, type BenchPeople } from './bench-people';
import { distinctSearches } from './bench-searches';
import { buildIfStale } from './build';
import { nextBin, startProductionServer, stopServer } from './server-process';
import { runCli, say } from './run-cli';

// `npm run bench`: the production server on the scale data set, measured with autocannon
// (20 connections, a warm-up, then 15 s per target), each worker's memory after each target, then
// the mixed load (bench-mixed.ts) and the goals. Results go to bench-results/.

const connections = 20;
const warmUpSeconds = 5;
const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS ?? 15);
/**
 * BENCH_ONLY=search measures only the targets whose name contains "search" (the static page always,
 * as the yardstick), BENCH_ONLY=personal or long-tail a group of rows; BENCH_ONLY=notifications adds
 * only the e-mail rows (bench-notifications.ts), BENCH_ONLY=memory (or mixed) only the mixed load.
 */
const onlyTargets = process.env.BENCH_ONLY;
const onlyAsked = (...names: string[]) => !onlyTargets || names.some((name) => name.includes(onlyTargets));

type SignedInAs = keyof BenchPeople['sessionCookies'];

interface Target {
  name: string;
  path: string;
  /**
   * Measured signed in: as an employee with no part in the idea (who shares the stored member
   * version of its page), as the idea's author (whose page is rendered for them every time), or as
   * a manager (the accelerator board is personal: rendered for every request), or as HR (reports).
   */
  signedInAs?: SignedInAs;
  /** Each request asks for a page nobody asked for before, so none comes from the page store. */
  unstored?: boolean;
  /** Each request searches for a word pair nobody searched for before in this run (bench-searches.ts). */
  distinctSearch?: boolean;
  /** Each request asks for one of these pages at random: many different ideas, as staff open them. */
  anyOf?: string[];
  /** One person at a time instead of 20 connections: the latency a single user sees. */
  singleUser?: boolean;
  /** BENCH_ONLY=<group> measures the group's rows. */
  group?: 'long-tail' | 'personal';
  /**
   * Long-tail rows: "warm" asks for every page until the page store answers them (reported, see
   * bench-long-tail.ts) before the usual warm-up; "cold" measures at once, with no warm-up at all.
   */
  longTail?: 'warm' | 'cold';
}

/**
 * What is measured. Shared pages come from the page store (decision 0008); the author's and the
 * "unstored" rows show what a rendered page costs. The idea page's address is looked up in the
 * data set (its canonical slug).
 */
function targetsFor(ideaPage: string, longTail: string[], managerDepartmentId: string): Target[] {
  const search = (words: string) => `/ideas?q=${encodeURIComponent(words)}`;
  const different = `idea pages, ${longTail.length} different`;
  return [
    { name: 'front page', path: '/' },
    { name: 'ideas list', path: '/ideas' },
    { name: 'idea page', path: ideaPage },
    { name: 'search (2 words)', path: search('päiväkoti mobiilisovellus') },
    { name: 'search (1 common word)', path: search('päiväkoti') },
    { name: 'ideas list, signed in', path: '/ideas', signedInAs: 'employee' },
    { name: 'idea page, signed in', path: ideaPage, signedInAs: 'employee' },
    { name: 'idea page, its author', path: ideaPage, signedInAs: 'author', group: 'personal' },
    {
      name: 'idea page, its author, one user',
      path: ideaPage,
      signedInAs: 'author',
      singleUser: true,
      group: 'personal',
    },
    {
      name: `${different} at random, cold`,
      path: ideaPage,
      anyOf: longTail,
      group: 'long-tail',
      longTail: 'cold',
    },
    { name: `${different} at random`, path: ideaPage, anyOf: longTail, group: 'long-tail', longTail: 'warm' },
    {
      name: `${different}, signed in`,
      path: ideaPage,
      anyOf: longTail,
      signedInAs: 'employee',
      group: 'long-tail',
      longTail: 'warm',
    },
    { name: 'ideas list (newest), unstored', path: '/ideas?sort=newest', unstored: true },
    { name: 'search (2 words), unstored', path: search('päiväkoti mobiilisovellus'), unstored: true },
    { name: 'search (1 common word), unstored', path: search('päiväkoti'), unstored: true },
    { name: 'distinct searches (2 random words, none repeated)', path: '/ideas?q=…', distinctSearch: true },
    {
      name: 'moderation queue, moderator, one user',
      path: '/moderation',
      signedInAs: 'moderator',
      singleUser: true,
      group: 'personal',
    },
    { name: 'moderation queue, moderator', path: '/moderation', signedInAs: 'moderator', group: 'personal' },
    {
      name: 'accelerator board, manager, one user',
      path: '/accelerator',
      signedInAs: 'manager',
      singleUser: true,
      group: 'personal',
    },
    { name: 'accelerator board, manager', path: '/accelerator', signedInAs: 'manager', group: 'personal' },
    {
      name: 'accelerator board, one department, manager, one user',
      path: `/accelerator?department=${managerDepartmentId}`,
      signedInAs: 'manager',
      singleUser: true,
    },
    {
      name: 'accelerator board, one department, manager',
      path: `/accelerator?department=${managerDepartmentId}`,
      signedInAs: 'manager',
    },
    ...reportTargets(managerDepartmentId),
    ...insightTargets(managerDepartmentId),
    { name: 'health', path: '/api/health' },
    { name: 'static page', path: '/accessibility' },
  ];
}

/** The HR reports on the scale rewards (BENCH_ONLY=reports measures just these). */
function reportTargets(departmentId: string): Target[] {
  const filtered = `department=${departmentId}&status=PAID&from=2025-01-01&to=2025-12-31`;
  return [
    {
      name: 'reports: ledger, first page, HR, one user',
      path: '/reports/ledger',
      signedInAs: 'hr',
      singleUser: true,
      group: 'personal',
    },
    { name: 'reports: ledger, first page, HR', path: '/reports/ledger', signedInAs: 'hr', group: 'personal' },
    {
      name: 'reports: ledger, filtered, HR, one user',
      path: `/reports/ledger?${filtered}`,
      signedInAs: 'hr',
      singleUser: true,
    },
    {
      name: 'reports: ledger, a person, HR, one user',
      path: '/reports/ledger?person=Aino%20Korhonen',
      signedInAs: 'hr',
      singleUser: true,
    },
    // The other reports over this year's data (their default period), each as one HR reader.
    ...['', '/rewards', '/funnel', '/participation', '/benefits', '/budgets'].map((page): Target => ({
      name: `reports: ${page ? page.slice(1) : 'overview'}, HR, one user`,
      path: `/reports${page}`,
      signedInAs: 'hr',
      singleUser: true,
    })),
    {
      name: `reports: ledger CSV export (${LEDGER_EXPORT_FILTER}), HR, one user`,
      path: `/api/reports/ledger?format=csv&${LEDGER_EXPORT_FILTER}`,
      signedInAs: 'hr',
      singleUser: true,
    },
  ];
}

/** At least 10,000 ledger rows on the scale data (every paid share: about 31,000). */
const LEDGER_EXPORT_FILTER = 'status=PAID';

/**
 * A download as a browser gets it: time to the first and to the last byte, the rows announced and
 * the bytes received, a few times each for CSV and XLSX.
 */
async function timeExports(baseUrl: string, cookie: string) {
  const timings = [];
  for (const format of ['csv', 'xlsx'] as const)
    for (let run = 0; run < 3; run++) {
      const path = `/api/reports/ledger?format=${format}&${LEDGER_EXPORT_FILTER}`;
      const started = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      const firstByteMs = Math.round(performance.now() - started);
      const reader = response.body!.getReader();
      let bytes = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
      timings.push({
        format,
        status: response.status,
        rows: Number(response.headers.get('X-Row-Count')),
        bytes,
        firstByteMs,
        lastByteMs: Math.round(performance.now() - started),
      });
    }
  return timings;
}

const BURST_VOTES = 2_000;

/**
 * 2,000 distinct people vote on one new idea at the same moment, through the same function the
 * vote action calls, on a pool the size an app instance has. Every vote must succeed and the
 * counter must equal the rows. The idea is removed afterwards, so runs do not accumulate.
 */
async function voteBurst(url: string) {
  const db = createPrismaClient({ connectionString: url, poolSize: 10 });
  try {
    const voters = await db.user.findMany({
      where: { active: true },
      select: { id: true, roles: true },
      take: BURST_VOTES + 1,
      orderBy: { id: 'asc' },
    });
    const [author, ...others] = voters;
    const idea = await db.idea.create({
      data: {
        title: 'Bench: vote burst',
        body: 'Measured by npm run bench.',
        authorId: author!.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    try {
      const started = performance.now();
      const results = await Promise.allSettled(
        others.map((voter) => setVote(db, { ...voter, active: true }, idea.id, true)),
      );
      const milliseconds = Math.round(performance.now() - started);
      const succeeded = results.filter((result) => result.status === 'fulfilled' && result.value.ok).length;
      const stored = await db.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { voteCount: true } });
      const rows = await db.vote.count({ where: { ideaId: idea.id } });
      return {
        votes: others.length,
        succeeded,
        failed: others.length - succeeded,
        counter: stored.voteCount,
        rows,
        exact: stored.voteCount === rows && rows === succeeded,
        milliseconds,
      };
    } finally {
      await db.idea.delete({ where: { id: idea.id } });
    }
  } finally {
    await db.$disconnect();
  }
}

let unstoredRequests = 0;
const nextDistinctSearch = distinctSearches();

function requestsFor(target: Target, onResponse?: autocannon.Request['onResponse']): autocannon.Request[] | undefined {
  // A parameter the page ignores makes every request's address new to the page store.
  if (target.unstored)
    return [{ setupRequest: (request) => ({ ...request, path: `${target.path}&bench=${(unstoredRequests += 1)}` }) }];
  const { anyOf } = target;
  if (anyOf)
    return [
      {
        setupRequest: (request) => ({
          ...request,
          path: anyOf[Math.floor(Math.random() * anyOf.length)] ?? target.path,
        }),
        onResponse,
      },
    ];
  if (target.distinctSearch)
    return [
      { setupRequest: (request) => ({ ...request, path: `/ideas?q=${encodeURIComponent(nextDistinctSearch())}` }) },
    ];
  return undefined;
}

function measure(
  baseUrl: string,
  target: Target,
  duration: number,
  sessionCookies: Record<SignedInAs, string>,
  onResponse?: autocannon.Request['onResponse'],
): Promise<autocannon.Result> {
  return autocannon({
    url: `${baseUrl}${target.path}`,
    connections: target.singleUser ? 1 : connections,
    duration,
    headers: target.signedInAs ? { cookie: sessionCookies[target.signedInAs] } : {},
    requests: requestsFor(target, onResponse),
  });
}

function printMixedLoad(mixed: MixedLoadResult) {
  console.table(
    mixed.rounds.map((round) => ({
      'mixed load': `round ${round.round} (${round.seconds} s)`,
      'req/s': round.requestsPerSecond,
      'p50 ms': round.latencyP50Ms,
      'p99 ms': round.latencyP99Ms,
      non2xx: round.non2xx,
      errors: round.errors,
      'RSS after, MB': describeWorkers(round.workersAfter),
    })),
  );
  console.table({
    before: describeWorkers(mixed.memory.before.workers),
    'after the last round': describeWorkers(mixed.memory.afterEachRound.at(-1)!.workers),
    [`after ${mixed.memory.idleSeconds} s idle`]: describeWorkers(mixed.memory.afterIdle.workers),
    peak: `${mixed.memory.peakMB} MB`,
  });
  console.table(mixed.byKind);
}

/** The rows of the goals, by the names targetsFor gives them. */
function goalRows(longTailPages: number): GoalRows {
  return {
    longTail: [`idea pages, ${longTailPages} different at random`, `idea pages, ${longTailPages} different, signed in`],
    distinctSearches: 'distinct searches (2 random words, none repeated)',
    personal: [
      {
        page: 'idea page for its author',
        singleUser: 'idea page, its author, one user',
        loaded: 'idea page, its author',
      },
      {
        page: 'moderation queue',
        singleUser: 'moderation queue, moderator, one user',
        loaded: 'moderation queue, moderator',
      },
      {
        page: 'accelerator board',
        singleUser: 'accelerator board, manager, one user',
        loaded: 'accelerator board, manager',
      },
      {
        page: 'HR report (ledger)',
        singleUser: 'reports: ledger, first page, HR, one user',
        loaded: 'reports: ledger, first page, HR',
      },
    ],
  };
}

runCli(async () => {
  const env = parseEnv(launcherEnvSchema);
  const database = await openDatabase(env, { log: say, attach: true, databaseName: SCALE_DATABASE });
  let server: ChildProcess | undefined;
  try {
    await migrateDatabase(database.url);
    if (!(await isScaleDataLoaded(database.url))) {
      say('Loading the scale data set first (about a minute)…');
      await loadScaleData(database.url, say);
    }
    if (!(await isScaleRewardsLoaded(database.url))) {
      say('Adding the scale rewards first (a few seconds)…');
      await loadScaleRewards(database.url, say);
    }
    if (!(await isScaleTimelinesLoaded(database.url))) {
      say('Adding the ideas’ timelines first (a few seconds)…');
      await loadScaleTimelines(database.url, say);
    }
    // In a database of its own and before the server starts, so nothing else competes for the cores.
    let notifications: NotificationsBench | null = null;
    if (onlyAsked('notifications')) {
      notifications = await benchNotifications(database.url, say);
      console.table([
        { row: 'decision, response', ms: notifications.decision.responseMs },
        { row: 'decision without followers, response', ms: notifications.decision.responseWithoutFollowersMs },
        {
          row: `decision, ${notifications.decision.notifications} notifications planned (${notifications.decision.emailJobs} e-mail jobs)`,
          ms: notifications.decision.plannedMs,
        },
        {
          row: `daily digest, ${notifications.dailyDigest.accepted} of ${notifications.dailyDigest.scheduled} accepted by SMTP`,
          ms: notifications.dailyDigest.lastAcceptedMs,
        },
      ]);
    }
    await buildIfStale(nextBin);

    // Every request comes from this one address: with the limits on, searches would measure refusals.
    const app = await startProductionServer(database.url, { VAU_RATE_LIMITS: 'off' });
    server = app.server;
    const memory = memoryRecorder(app.server.pid!, say);
    await memory.record('before the first target');

    const results: (Measurement & { workersAfterMB: number[] })[] = [];
    const people = await lookUpBenchPeople(database.url);
    const { path: ideaPage, longTail, managerDepartmentId, sessionCookies } = people;
    const targets = targetsFor(ideaPage, longTail, managerDepartmentId).filter(
      (target) =>
        !onlyTargets ||
        target.name.includes(onlyTargets) ||
        target.group === onlyTargets ||
        target.name === 'static page',
    );
    const longTailWarmUps: LongTailWarmUp[] = [];
    for (const target of targets) {
      const stored = target.anyOf ? storedCounter() : null;
      if (target.longTail === 'cold') say(`${target.name}: measuring ${durationSeconds} s at once…`);
      else {
        if (target.longTail === 'warm' && target.anyOf) {
          say(`${target.name}: asking for each page until the page store answers…`);
          const cookie = target.signedInAs ? sessionCookies[target.signedInAs] : undefined;
          longTailWarmUps.push(await warmLongTail(app.baseUrl, target.anyOf, cookie, say));
        }
        say(`${target.name}: warming up ${warmUpSeconds} s, measuring ${durationSeconds} s…`);
        await measure(app.baseUrl, target, warmUpSeconds, sessionCookies);
      }
      const result = await measure(app.baseUrl, target, durationSeconds, sessionCookies, stored?.onResponse);
      const { workers } = await memory.record(`after ${target.name}`);
      results.push({
        name: target.name,
        path: target.path,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        ...(stored ? { storedShare: stored.share() } : {}),
        workersAfterMB: workers.map((worker) => worker.rssMB),
      });
    }
    const staticRate = results.find((result) => result.name === 'static page')!.requestsPerSecond;
    for (const result of results) result.ratioToStatic = Number((result.requestsPerSecond / staticRate).toFixed(2));

    console.table(
      results.map((result) => ({
        target: result.name,
        'req/s': result.requestsPerSecond,
        'p50 ms': result.latencyP50Ms,
        'p99 ms': result.latencyP99Ms,
        'vs static': result.ratioToStatic,
        non2xx: result.non2xx,
        errors: result.errors,
        stored: result.storedShare,
        'RSS after, MB': result.workersAfterMB.join(', '),
      })),
    );
    if (longTailWarmUps.length > 0) {
      console.table(
        longTailWarmUps.map((warmUp) => ({
          'long-tail warm-up': `${warmUp.pages} pages, ${warmUp.signedIn ? 'signed in' : 'signed out'}`,
          seconds: warmUp.seconds,
          passes: warmUp.passes.length,
          'stored in the last pass': warmUp.passes.at(-1)?.storedShare,
        })),
      );
    }

    const exportTimings = onlyAsked('reports') ? await timeExports(app.baseUrl, sessionCookies.hr) : [];
    if (exportTimings.length > 0) console.table(exportTimings);

    // Before the mixed load, so Lighthouse's runs share the cores with nothing of ours.
    let phones: PhonePageMeasure[] | null = null;
    if (onlyAsked('phones')) {
      say('phones: script bytes and Lighthouse mobile scores (front, list, idea page; signed out and in)…');
      phones = await measurePhones({ baseUrl: app.baseUrl, ideaPath: ideaPage, cookie: sessionCookies.employee });
    }

    let mixed: MixedLoadResult | null = null;
    if (onlyAsked('memory', 'mixed load')) {
      mixed = await mixedLoad(app.baseUrl, app.server.pid!, { ...people.mixed, nextDistinctSearch }, say);
      printMixedLoad(mixed);
    }
    const atTheEnd = await memory.record('at the end');

    const phonePages = phones?.map((measure) => ({
      page: `${measure.page}${measure.signedIn ? ' (signed in)' : ''}`,
      javascriptKB: Math.round(measure.compressedBytes / 1000),
      lighthouse: measure.lighthouse?.performance ?? null,
    }));
    const goals = evaluateGoals(results, goalRows(longTail.length), mixed, phonePages ?? null);
    printGoals(goals);

    say(`vote burst: ${BURST_VOTES} people vote on one idea at once…`);
    const burst = await voteBurst(database.url);
    console.table([burst]);

    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      settings: { connections, warmUpSeconds, durationSeconds, dataSet: SCALE_DATABASE },
      goals,
      results,
      longTailWarmUps,
      mixedLoad: mixed,
      phones,
      /** Each server worker's RSS before the first target, after each target and at the end. */
      memory: { samples: memory.samples, atTheEnd: describeWorkers(atTheEnd.workers) },
      ledgerExports: exportTimings,
      voteBurst: burst,
      notifications,
    };
    const folder = path.join(projectRoot, 'bench-results');
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `bench-${report.measuredAt.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(folder, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    say(`Results written to ${path.relative(process.cwd(), file)} (and bench-results/latest.json).`);
  } finally {
    await stopServer(server);
    await database.close();
  }
});
