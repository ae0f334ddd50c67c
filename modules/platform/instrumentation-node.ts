import type { Instrumentation } from 'next';
import { logger } from './logger';
import { getServerEnv } from './server-env';

/** A bad environment stops the server instance with a message naming the variable. */
export function registerServer(): void {
  try {
    getServerEnv();
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
  logger.info({ pid: process.pid }, 'VAU server instance started');
}

export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = request.headers['x-request-id'];
  logger.error(
    { err: error, requestId, method: request.method, path: request.path, route: context.routePath, routeType: context.routeType },
    'request failed',
  );
};
