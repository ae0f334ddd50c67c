import type { Instrumentation } from 'next';

// Next.js calls these in every runtime; the work lives in Node-only modules. This file composes
// the app: the platform starts the instance and runs periodic tasks, the domains give the work.

/** How often each instance drains the reward proposals' queue (docs/decisions/0028). */
const rewardProposalsEveryMs = 5_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { registerServer } = await import('@/modules/platform/instrumentation-node');
  registerServer();
  // `next build` prerenders pages in workers that load this file too: no database work there.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ startBackgroundTask }, { db }, { proposePendingRewards }, { startNotificationTasks }] = await Promise.all([
    import('@/modules/platform/background-tasks'),
    import('@/modules/platform/db'),
    import('@/modules/rewards/proposals'),
    import('@/modules/notifications/background'),
  ]);
  // The queue lives in PostgreSQL and is taken with SKIP LOCKED: every instance may drain it.
  startBackgroundTask('rewards.propose', rewardProposalsEveryMs, () => proposePendingRewards(db));
  // E-mail: planning, delivery and digests (docs/decisions/0038); likewise safe on every instance.
  startNotificationTasks(db);
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('@/modules/platform/instrumentation-node');
    logRequestError(...args);
  }
};
