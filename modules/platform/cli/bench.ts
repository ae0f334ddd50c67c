import type { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { isScaleDataLoaded, loadScaleData, SCALE_DATABASE } from '../../../prisma/seed/scale';
import { isScaleRewardsLoaded, loadScaleRewards, SCALE_HR_EMAIL } from '../../../prisma/seed/scale-rewards';
import { openDatabase } from '../database/open-database';
import { migrateDatabase } from '../database/provision';
import { launcherEnvSchema, parseEnv } from '../env';
import { projectRoot } from '../paths';
import { ideaPath } from '../../ideas/slug';
import { setVote } from '../../ideas/votes';
import { createSession } from '../../access/sessions';
import { createPrismaClient, IdeaStatus, Role } from '../db/client';
import { benchNotifications, type NotificationsBench } from './bench-notifications';
import { distinctSearches } from './bench-searches';
import { buildIfStale } from './build';
import { nextBin, startProductionServer, stopServer } from './server-process';
import { runCli, say } from './run-cli';

// `npm run bench`: the production server on the scale data set, measured with autocannon
// (20 connections, a warm-up, then 15 s per target). Results go to bench-results/.

const connections = 20;
const warmUpSeconds = 5;
const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS ?? 15);
/**
 * BENCH_ONLY=search measures only the targets whose name contains "search" (the static page always,
 * as the yardstick); BENCH_ONLY=notifications adds only the e-mail rows (bench-notifications.ts).
 */
const onlyTargets = process.env.BENCH_ONLY;

type SignedInAs = 'employee' | 'author' | 'manager' | 'hr';

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
}

/**
 * What is measured. Shared pages come from the page store (decision 0008); the author's and the
 * "unstored" rows show what a rendered page costs. The idea page's address is looked up in the
 * data set (its canonical slug).
 */
function targetsFor(ideaPage: string, longTail: string[], managerDepartmentId: string): Target[] {
  const search = (words: string) => `/ideas?q=${encodeURIComponent(words)}`;
  return [
    { name: 'front page', path: '/' },
    { name: 'ideas list', path: '/ideas' },
    { name: 'idea page', path: ideaPage },
    { name: 'search (2 words)', path: search('päiväkoti mobiilisovellus') },
    { name: 'search (1 common word)', path: search('päiväkoti') },
    { name: 'ideas list, signed in', path: '/ideas', signedInAs: 'employee' },
    { name: 'idea page, signed in', path: ideaPage, signedInAs: 'employee' },
    { name: 'idea page, its author', path: ideaPage, signedInAs: 'author' },
    { name: `idea pages, ${longTail.length} different at random`, path: ideaPage, anyOf: longTail },
    {
      name: `idea pages, ${longTail.length} different, signed in`,
      path: ideaPage,
      anyOf: longTail,
      signedInAs: 'employee',
    },
    { name: 'ideas list (newest), unstored', path: '/ideas?sort=newest', unstored: true },
    { name: 'search (2 words), unstored', path: search('päiväkoti mobiilisovellus'), unstored: true },
    { name: 'search (1 common word), unstored', path: search('päiväkoti'), unstored: true },
    { name: 'distinct searches (2 random words, none repeated)', path: '/ideas?q=…', distinctSearch: true },
    { name: 'accelerator board, manager, one user', path: '/accelerator', signedInAs: 'manager', singleUser: true },
    { name: 'accelerator board, manager', path: '/accelerator', signedInAs: 'manager' },
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
    { name: 'health', path: '/api/health' },
    { name: 'static page', path: '/accessibility' },
  ];
}

/** The HR reports on the scale rewards (BENCH_ONLY=reports measures just these). */
function reportTargets(departmentId: string): Target[] {
  const filtered = `department=${departmentId}&status=PAID&from=2025-01-01&to=2025-12-31`;
  return [
    { name: 'reports: ledger, first page, HR, one user', path: '/reports/ledger', signedInAs: 'hr', singleUser: true },
    { name: 'reports: ledger, first page, HR', path: '/reports/ledger', signedInAs: 'hr' },
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
const LONG_TAIL_IDEAS = 1_500;

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

interface Measurement {
  name: string;
  path: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  ratioToStatic?: number;
}

let unstoredRequests = 0;
const nextDistinctSearch = distinctSearches();

function requestsFor(target: Target): autocannon.Request[] | undefined {
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
): Promise<autocannon.Result> {
  return autocannon({
    url: `${baseUrl}${target.path}`,
    connections: target.singleUser ? 1 : connections,
    duration,
    headers: target.signedInAs ? { cookie: sessionCookies[target.signedInAs] } : {},
    requests: requestsFor(target),
  });
}

/**
 * A popular idea with a discussion, and sessions as a browser would send them: for its author and
 * for an ordinary employee who has no part in it.
 */
async function benchIdea(url: string) {
  const db = createPrismaClient({ connectionString: url, poolSize: 1 });
  try {
    const idea = await db.idea.findFirstOrThrow({
      where: { status: IdeaStatus.PUBLISHED, commentCount: { gt: 5 } },
      orderBy: { voteCount: 'desc' },
      select: { id: true, title: true, authorId: true },
    });
    const employee = await db.user.findFirstOrThrow({
      where: {
        active: true,
        roles: { equals: [Role.EMPLOYEE] },
        id: { not: idea.authorId },
        comments: { none: { ideaId: idea.id } },
        coAuthorships: { none: { ideaId: idea.id } },
      },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    // The long tail: many different published ideas, as people open them from e-mails and searches.
    const longTail = await db.idea.findMany({
      where: { status: IdeaStatus.PUBLISHED },
      orderBy: { id: 'asc' },
      take: LONG_TAIL_IDEAS,
      select: { id: true, title: true },
    });
    // A manager of one department (the board filtered to it is what they open most).
    const manager = await db.user.findFirstOrThrow({
      where: { active: true, roles: { has: Role.MANAGER }, departmentId: { not: null } },
      orderBy: { id: 'asc' },
      select: { id: true, departmentId: true },
    });
    const hr = await db.user.findUniqueOrThrow({ where: { email: SCALE_HR_EMAIL }, select: { id: true } });
    const cookieFor = async (userId: string) =>
      `authjs.session-token=${(await createSession(db, userId, { idleMinutes: 120, absoluteHours: 12 })).sessionToken}`;
    return {
      path: ideaPath(idea),
      longTail: longTail.map(ideaPath),
      managerDepartmentId: manager.departmentId!,
      sessionCookies: {
        employee: await cookieFor(employee.id),
        author: await cookieFor(idea.authorId),
        manager: await cookieFor(manager.id),
        hr: await cookieFor(hr.id),
      },
    };
  } finally {
    await db.$disconnect();
  }
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
    // In a database of its own and before the server starts, so nothing else competes for the cores.
    let notifications: NotificationsBench | null = null;
    if (!onlyTargets || 'notifications'.includes(onlyTargets)) {
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

    const results: Measurement[] = [];
    const { path: ideaPage, longTail, managerDepartmentId, sessionCookies } = await benchIdea(database.url);
    const targets = targetsFor(ideaPage, longTail, managerDepartmentId).filter(
      (target) => !onlyTargets || target.name.includes(onlyTargets) || target.name === 'static page',
    );
    for (const target of targets) {
      say(`${target.name}: warming up ${warmUpSeconds} s, measuring ${durationSeconds} s…`);
      await measure(app.baseUrl, target, warmUpSeconds, sessionCookies);
      const result = await measure(app.baseUrl, target, durationSeconds, sessionCookies);
      results.push({
        name: target.name,
        path: target.path,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    }
    const staticRate = results.find((result) => result.name === 'static page')!.requestsPerSecond;
    for (const result of results) result.ratioToStatic = Number((result.requestsPerSecond / staticRate).toFixed(2));

    console.table(
      results.map(({ name, requestsPerSecond, latencyP50Ms, latencyP99Ms, ratioToStatic, non2xx, errors }) => ({
        target: name,
        'req/s': requestsPerSecond,
        'p50 ms': latencyP50Ms,
        'p99 ms': latencyP99Ms,
        'vs static': ratioToStatic,
        non2xx,
        errors,
      })),
    );

    const exportTimings =
      !onlyTargets || 'reports'.includes(onlyTargets) ? await timeExports(app.baseUrl, sessionCookies.hr) : [];
    if (exportTimings.length > 0) console.table(exportTimings);

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
      results,
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
