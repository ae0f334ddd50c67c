import pino from 'pino';

// Structured JSON logs on stdout, one object per line. The level comes from LOG_LEVEL; it is read
// directly (not through the validated env) so that logging works even while reporting a bad env.

const levels = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const configured = process.env.LOG_LEVEL ?? 'info';

export const logger = pino({
  level: levels.has(configured) ? configured : 'info',
  base: { service: 'vau' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: ['password', '*.password', 'connectionString', '*.connectionString'],
});

export type Logger = typeof logger;
