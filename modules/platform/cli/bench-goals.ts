import type { MixedLoadResult } from './bench-mixed';

// Issue 15's goals, each with what this run measured and whether it is met. A goal whose rows did not
// run (BENCH_ONLY) is listed as not measured rather than left out, so a partial run cannot look green.

export interface Measurement {
  name: string;
  path: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  ratioToStatic?: number;
  /** Long-tail rows: the share of answers that came from the page store (its x-vau-page header). */
  storedShare?: number;
}

/** A page as the phone measurement (bench-phones.ts) saw it. */
export interface PhoneGoalPage {
  page: string;
  /** JavaScript the page loads, compressed as sent. */
  javascriptKB: number;
  /** Lighthouse's mobile performance score, 0–100. */
  lighthouse: number | null;
}

export interface Goal {
  goal: string;
  measured: string;
  /** Null: the rows this goal needs did not run. */
  met: boolean | null;
}

export interface GoalRows {
  /** The long-tail idea pages (signed out and signed in), after their warm-up. */
  longTail: string[];
  distinctSearches: string;
  /** Each personal page: its single-user row and its row at 20 connections. */
  personal: { page: string; singleUser: string; loaded: string }[];
}

const RSS_LIMIT_MB = 400;
/** "Does not keep growing": the last round may hold at most this much more than the round before. */
const ROUND_GROWTH_LIMIT = 0.1;

const notMeasured = (goal: string): Goal => ({ goal, measured: 'not measured in this run', met: null });

export function evaluateGoals(
  results: Measurement[],
  rows: GoalRows,
  mixed: MixedLoadResult | null,
  phones: PhoneGoalPage[] | null,
): Goal[] {
  const row = (name: string) => results.find((result) => result.name === name);
  const goals: Goal[] = [];

  for (const name of rows.longTail) {
    const goal = `${name}: ≥ 50 % of static req/s, p99 < 100 ms`;
    const measured = row(name);
    goals.push(
      measured?.ratioToStatic === undefined
        ? notMeasured(goal)
        : {
            goal,
            measured: `${Math.round(measured.ratioToStatic * 100)} % (${measured.requestsPerSecond} req/s), p99 ${measured.latencyP99Ms} ms`,
            met: measured.ratioToStatic >= 0.5 && measured.latencyP99Ms < 100,
          },
    );
  }

  const searches = row(rows.distinctSearches);
  const searchGoal = 'distinct searches: p99 < 250 ms';
  goals.push(
    searches
      ? { goal: searchGoal, measured: `p99 ${searches.latencyP99Ms} ms`, met: searches.latencyP99Ms < 250 }
      : notMeasured(searchGoal),
  );

  for (const { page, singleUser, loaded } of rows.personal) {
    const goal = `${page}: one user p50 < 80 ms; ≥ 150 req/s at 20 connections`;
    const one = row(singleUser);
    const many = row(loaded);
    goals.push(
      one && many
        ? {
            goal,
            measured: `p50 ${one.latencyP50Ms} ms; ${many.requestsPerSecond} req/s`,
            met: one.latencyP50Ms < 80 && many.requestsPerSecond >= 150,
          }
        : notMeasured(goal),
    );
  }

  goals.push(...memoryGoals(mixed));
  goals.push(...phoneGoals(phones));
  return goals;
}

function memoryGoals(mixed: MixedLoadResult | null): Goal[] {
  const limitGoal = `each worker's RSS < ${RSS_LIMIT_MB} MB after the mixed load`;
  const growthGoal = `RSS does not keep growing (last mixed round ≤ ${ROUND_GROWTH_LIMIT * 100} % over the one before)`;
  if (!mixed) return [notMeasured(limitGoal), notMeasured(growthGoal)];
  const after = mixed.memory.afterEachRound.at(-1)!.workers;
  const highest = Math.max(...after.map((worker) => worker.rssMB));
  const goals: Goal[] = [
    {
      goal: limitGoal,
      measured: `${after.map((worker) => worker.rssMB).join(', ')} MB after ${Math.round(mixed.seconds / 60)} min (${mixed.memory.afterIdle.workers.map((worker) => worker.rssMB).join(', ')} MB after ${mixed.memory.idleSeconds} s idle)`,
      met: highest < RSS_LIMIT_MB,
    },
  ];
  const rounds = mixed.memory.afterEachRound;
  if (rounds.length < 2) return [...goals, notMeasured(growthGoal)];
  const previous = rounds.at(-2)!.workers;
  // Worker by worker; a worker that was replaced (a new pid) counts as grown, so a crash cannot hide.
  const growths = after.map((worker) => {
    const before = previous.find((candidate) => candidate.pid === worker.pid);
    return before ? worker.rssMB / before.rssMB - 1 : Number.POSITIVE_INFINITY;
  });
  return [
    ...goals,
    {
      goal: growthGoal,
      measured: rounds.map((round) => round.workers.map((worker) => worker.rssMB).join('/')).join(' → ') + ' MB',
      met: growths.every((growth) => growth <= ROUND_GROWTH_LIMIT),
    },
  ];
}

function phoneGoals(phones: PhoneGoalPage[] | null): Goal[] {
  const scriptGoal = 'phones: JavaScript ≤ 120 kB compressed (front, list, idea page)';
  const lighthouseGoal = 'phones: Lighthouse mobile performance ≥ 95 (front, list, idea page)';
  if (!phones || phones.length === 0) return [notMeasured(scriptGoal), notMeasured(lighthouseGoal)];
  return [
    {
      goal: scriptGoal,
      measured: phones.map((phone) => `${phone.page} ${phone.javascriptKB} kB`).join(', '),
      met: phones.every((phone) => phone.javascriptKB <= 120),
    },
    {
      goal: lighthouseGoal,
      measured: phones.map((phone) => `${phone.page} ${phone.lighthouse ?? '–'}`).join(', '),
      met: phones.some((phone) => phone.lighthouse === null)
        ? null
        : phones.every((phone) => (phone.lighthouse ?? 0) >= 95),
    },
  ];
}

export function printGoals(goals: Goal[]) {
  console.table(
    goals.map(({ goal, measured, met }) => ({ goal, measured, met: met === null ? '–' : met ? 'met' : 'NOT met' })),
  );
}
