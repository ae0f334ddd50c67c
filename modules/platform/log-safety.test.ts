import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Prisma } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createUser, unique } from '@/modules/platform/testing/factories';
import { logRequestError, routeConsoleErrorsToLogger } from './instrumentation-node';
import { createLogger, logger } from './logger';

/** A logger like the app's whose lines the test can read. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger(destination), written: () => lines.join('') };
}

async function thrownBy(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the work to fail');
}

describe('logged database errors', () => {
  const db = testDb();

  it('keep the code, model and kind of a unique violation, not the value', async () => {
    const user = await createUser(db);
    const email = `${unique('anna.virtanen')}@kuusilahti.example`;
    await db.user.update({ where: { id: user.id }, data: { email } });
    const error = await thrownBy(() => db.user.create({ data: { name: 'Toinen', email } }));
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    const { log, written } = capturedLogger();
    log.error({ err: error }, 'request failed');
    expect(written()).not.toContain('anna.virtanen');
    expect(JSON.parse(written()).err).toMatchObject({
      type: 'PrismaClientKnownRequestError',
      code: 'P2002',
      model: 'User',
    });
  });

  it('leave out the text of a failed raw query, which quotes the value', async () => {
    const secret = unique('henkilotunnus-010190-123A');
    const error = await thrownBy(() => db.$queryRaw`SELECT ${secret}::uuid`);
    const { log, written } = capturedLogger();
    log.error({ err: error }, 'request failed');
    expect(written()).not.toContain('henkilotunnus');
    expect(JSON.parse(written()).err.type).toMatch(/^PrismaClient/);
  });

  it('leave out a wrapper text that repeats the database error', async () => {
    const secret = unique('salainen');
    const cause = await thrownBy(() => db.$queryRaw`SELECT ${secret}::uuid`);
    const { log, written } = capturedLogger();
    log.error({ err: new Error(`Loading failed: ${String((cause as Error).message)}`, { cause }) }, 'request failed');
    expect(written()).not.toContain('salainen');
  });

  it('keep an ordinary error message and its stack frames', () => {
    const { log, written } = capturedLogger();
    log.error({ err: new TypeError('settings.mode is undefined') }, 'request failed');
    const logged = JSON.parse(written()).err;
    expect(logged).toMatchObject({ type: 'TypeError', message: 'settings.mode is undefined' });
    expect(logged.frames[0]).toMatch(/^at /);
  });
});

describe('logged paths', () => {
  it('have no query string (search words, names) or fragment', () => {
    const { log, written } = capturedLogger();
    log.error(
      { path: '/ideas?q=burnout+Anna+Virtanen&sort=new#top', url: 'http://localhost/sv/ideas?q=utbrändhet' },
      'request failed',
    );
    const logged = JSON.parse(written());
    expect(logged).toMatchObject({ path: '/ideas', url: 'http://localhost/sv/ideas' });
    expect(written()).not.toMatch(/burnout|Virtanen|utbrändhet/);
  });
});

describe('the server', () => {
  const print = console.error;
  afterEach(() => {
    console.error = print;
  });

  it('logs a failed request by its path without the query and drops a malformed request id', async () => {
    // The app's logger, made to write where the test can read, with the same configuration.
    const { log, written } = capturedLogger();
    const write = vi
      .spyOn(logger, 'error')
      .mockImplementation(((details: object, message: string) => log.error(details, message)) as typeof logger.error);
    try {
      await logRequestError(
        new Error('boom'),
        { path: '/ideas?q=Anna+Virtanen', method: 'GET', headers: { 'x-request-id': 'bad id with spaces' } },
        {
          routerKind: 'App Router',
          routePath: '/[locale]/ideas',
          routeType: 'render',
          renderSource: 'react-server-components',
          revalidateReason: undefined,
        },
      );
    } finally {
      write.mockRestore();
    }
    const logged = written();
    expect(logged).toContain('"path":"/ideas"');
    expect(logged).not.toContain('Virtanen');
    expect(logged).not.toContain('bad id');
  });

  it('sends errors Next.js prints with console.error through the safe logger', async () => {
    const db = testDb();
    const secret = unique('hetu');
    const error = await thrownBy(() => db.$queryRaw`SELECT ${secret}::uuid`);
    const { log, written } = capturedLogger();
    routeConsoleErrorsToLogger(log);
    console.error(' ⨯', error);
    expect(written()).toContain('"level":"error"');
    expect(written()).not.toContain('hetu');
  });
});
