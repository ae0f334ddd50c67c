import type { Instrumentation } from 'next';

/** Runs once when a server instance starts: a bad environment stops it with a message naming the variable. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getServerEnv } = await import('@/modules/platform/server-env');
  const { logger } = await import('@/modules/platform/logger');
  try {
    getServerEnv();
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
  logger.info({ pid: process.pid }, 'VAU server instance started');
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logger } = await import('@/modules/platform/logger');
  const headers = request.headers as Record<string, string | string[] | undefined>;
  logger.error(
    {
      err: error,
      requestId: headers['x-request-id'],
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    'request failed',
  );
};
