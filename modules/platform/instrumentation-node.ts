import type { Instrumentation } from 'next';
import { logger, type Logger } from './logger';
import { wellFormedRequestId } from './request-id';
import { getServerEnv } from './server-env';

/**
 * Next.js prints the errors it catches with console.error, message and stack included, and a
 * database error's message quotes the values it failed on. Errors handed to console.error go to
 * the structured log instead, where the logger keeps only what is safe (log-safety.ts).
 */
export function routeConsoleErrorsToLogger(log: Logger = logger): void {
  const print = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    if (!error) return print(...args);
    // Next.js adds a coloured "⨯" before the error: keep only words.
    const note = args.filter((arg) => typeof arg === 'string' && /\p{L}{2,}/u.test(arg)).join(' ');
    log.error({ err: error }, note || 'server error');
  };
}

/** A bad environment stops the server instance with a message naming the variable. */
export function registerServer(): void {
  try {
    getServerEnv();
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
  routeConsoleErrorsToLogger();
  logger.info({ pid: process.pid }, 'VAU server instance started');
}

export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = request.headers['x-request-id'];
  logger.error(
    {
      err: error,
      requestId: wellFormedRequestId(typeof requestId === 'string' ? requestId : null),
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    'request failed',
  );
};
