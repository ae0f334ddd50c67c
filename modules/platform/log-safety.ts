// What may reach a log line. Logs are kept and read by operators, not by the people a search word
// or a name belongs to: a query string never goes in, and a database error only by its kind,
// because its text quotes the values it failed on ("Key (email)=(anna@…) already exists").

/** A path or URL without its query string or fragment: /ideas?q=burnout → /ideas. */
export function pathWithoutQuery(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/[?#].*$/s, '') : value;
}

export interface SafeError {
  type: string;
  /** Prisma's P-code, or PostgreSQL's SQLSTATE. */
  code?: string;
  model?: string;
  kind?: string;
  sqlState?: string;
  /** The reference Next.js shows the reader on its error page. */
  digest?: string;
  message?: string;
  /** Only the "at …" lines: the first line of a stack repeats the message. */
  frames?: string[];
  cause?: SafeError;
}

type ErrorFields = Error & {
  code?: unknown;
  digest?: unknown;
  meta?: { modelName?: unknown; driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
  cause?: { kind?: unknown; originalCode?: unknown };
  severity?: unknown;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Prisma's errors, its driver adapter's, and node-postgres's own (which carry a SQLSTATE and severity). */
function isDatabaseError(error: ErrorFields): boolean {
  return (
    /^(PrismaClient|DriverAdapterError)/.test(error.name) ||
    (typeof error.severity === 'string' && typeof error.code === 'string')
  );
}

function frames(stack: string | undefined): string[] | undefined {
  const lines = stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return lines && lines.length > 0 ? lines.slice(0, 15) : undefined;
}

function causes(error: ErrorFields): ErrorFields[] {
  const chain: ErrorFields[] = [];
  for (let cause = error.cause; cause instanceof Error && chain.length < 5; cause = (cause as ErrorFields).cause)
    chain.push(cause as ErrorFields);
  return chain;
}

/** An error as it may be logged: database errors by code, model and kind only, never their text or values. */
export function safeError(value: unknown): SafeError {
  if (!(value instanceof Error)) return { type: typeof value };
  const error = value as ErrorFields;
  const digest = text(error.digest);
  if (isDatabaseError(error)) {
    const adapterCause = error.meta?.driverAdapterError?.cause ?? error.cause;
    return {
      type: error.name,
      code: text(error.code),
      model: text(error.meta?.modelName),
      kind: text(adapterCause?.kind),
      sqlState: text(adapterCause?.originalCode),
      digest,
      frames: frames(error.stack),
    };
  }
  const cause = error.cause instanceof Error ? safeError(error.cause) : undefined;
  // A wrapper's text may quote its cause's: with a database error underneath, it is left out too.
  const wrapsDatabaseError = causes(error).some(isDatabaseError);
  return {
    type: error.name,
    code: text(error.code),
    digest,
    ...(wrapsDatabaseError ? {} : { message: error.message }),
    frames: frames(error.stack),
    ...(cause ? { cause } : {}),
  };
}
