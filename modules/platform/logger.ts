import pino, { type DestinationStream } from 'pino';
import { pathWithoutQuery, safeError } from './log-safety';

// Structured JSON logs on stdout, one object per line. The level comes from LOG_LEVEL; it is read
// directly (not through the validated env) so that logging works even while reporting a bad env.

const levels = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const configured = process.env.LOG_LEVEL ?? 'info';

/** The app's logger; tests pass their own destination to read what would be written. */
export function createLogger(destination?: DestinationStream) {
  return pino(
    {
      level: levels.has(configured) ? configured : 'info',
      base: { service: 'vau' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: ['password', '*.password', 'connectionString', '*.connectionString'],
      // Whoever logs an error, a path or a URL, it goes out without values or query strings (log-safety.ts).
      serializers: { err: safeError, error: safeError, path: pathWithoutQuery, url: pathWithoutQuery },
    },
    destination,
  );
}

export const logger = createLogger();

export type Logger = typeof logger;
