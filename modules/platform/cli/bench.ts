import type { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { isScaleDataLoaded, loadScaleData, SCALE_DATABASE } from '../../../prisma/seed/scale';
import { openDatabase } from '../database/open-database';
import { migrateDatabase } from '../database/provision';
import { launcherEnvSchema, parseEnv } from '../env';
import { projectRoot } from '../paths';
import { ideaPath } from '../../ideas/slug';
import { setVote } from '../../ideas/votes';
import { createPrismaClient, IdeaStatus } from '../db/client';
import { buildIfStale } from './build';
import { nextBin, startProductionServer, stopServer } from './server-process';
import { runCli, say } from './run-cli';

// `npm run bench`: the production server on the scale data set, measured with autocannon
// (20 connections, a warm-up, then 15 s per target). Results go to bench-results/.

const connections = 20;
const warmUpSeconds = 5;
const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS ?? 15);

/** What is measured; the idea page's address is looked up in the data set (its canonical slug). */
function targetsFor(ideaPage: string) {
  return [
    { name: 'front page', path: '/' },
    { name: 'ideas list', path: '/ideas' },
    { name: 'idea page', path: ideaPage },
    { name: 'search (2 words)', path: `/ideas?q=${encodeURIComponent('päiväkoti mobiilisovellus')}` },
    { name: 'search (1 common word)', path: `/ideas?q=${encodeURIComponent('päiväkoti')}` },
    { name: 'health', path: '/api/health' },
    { name: 'static page', path: '/accessibility' },
  ];
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
    const voters = await db.user.findMany({ where: { active: true }, select: { id: true, roles: true }, take: BURST_VOTES + 1, orderBy: { id: 'asc' } });
    const [author, ...others] = voters;
    const idea = await db.idea.create({
      data: { title: 'Bench: vote burst', body: 'Measured by npm run bench.', authorId: author!.id, status: IdeaStatus.PUBLISHED, publishedAt: new Date() },
    });
    try {
      const started = performance.now();
      const results = await Promise.allSettled(others.map((voter) => setVote(db, { ...voter, active: true }, idea.id, true)));
      const milliseconds = Math.round(performance.now() - started);
      const succeeded = results.filter((result) => result.status === 'fulfilled' && result.value.ok).length;
      const stored = await db.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { voteCount: true } });
      const rows = await db.vote.count({ where: { ideaId: idea.id } });
      return { votes: others.length, succeeded, failed: others.length - succeeded, counter: stored.voteCount, rows, exact: stored.voteCount === rows && rows === succeeded, milliseconds };
    } finally {
      await db.idea.delete({ where: { id: idea.id } });
    }
  } finally {
    await db.$disconnect();
  }
}

async function popularIdeaPath(url: string): Promise<string> {
  const db = createPrismaClient({ connectionString: url, poolSize: 1 });
  try {
    const idea = await db.idea.findFirstOrThrow({ where: { status: IdeaStatus.PUBLISHED, commentCount: { gt: 5 } }, orderBy: { voteCount: 'desc' }, select: { id: true, title: true } });
    return ideaPath(idea);
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

function measure(url: string, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration });
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
    await buildIfStale(nextBin);

    const app = await startProductionServer(database.url);
    server = app.server;

    const results: Measurement[] = [];
    for (const target of targetsFor(await popularIdeaPath(database.url))) {
      const url = `${app.baseUrl}${target.path}`;
      say(`${target.name}: warming up ${warmUpSeconds} s, measuring ${durationSeconds} s…`);
      await measure(url, warmUpSeconds);
      const result = await measure(url, durationSeconds);
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

    console.table(results.map(({ name, requestsPerSecond, latencyP50Ms, latencyP99Ms, ratioToStatic, non2xx, errors }) => ({
      target: name, 'req/s': requestsPerSecond, 'p50 ms': latencyP50Ms, 'p99 ms': latencyP99Ms, 'vs static': ratioToStatic, non2xx, errors,
    })));

    say(`vote burst: ${BURST_VOTES} people vote on one idea at once…`);
    const burst = await voteBurst(database.url);
    console.table([burst]);

    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: { connections, warmUpSeconds, durationSeconds, dataSet: SCALE_DATABASE },
      results,
      voteBurst: burst,
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
