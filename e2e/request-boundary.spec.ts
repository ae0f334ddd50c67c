import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// A path whose locale is not one of ours must end at the door: a 404 with the page policy, and not
// one database statement. The locale once reached SQL this way (/x.y/ideas?q=… ran
// "search_x…" as SQL). "Not one statement" is read from the database's own statement log, which the
// e2e runner keeps (log_statement = all, with parameters; e2e/run.ts). Each request carries a
// made-up word in its search, its session cookie and, where the path allows, its locale: a
// statement run on its behalf would send one of them as a parameter or, had it reached the SQL
// text, show it in the logged statement (PostgreSQL logs a failing statement's text too). Other
// tests running at the same time can neither hide nor fake that.

const statementLogPath = process.env.E2E_DATABASE_LOG;

/** A word no stemmer shortens and no other request sends. */
const uniqueMarker = () => `zq${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** The statement log so far; the runner may cut a line in two where PostgreSQL's output was split. */
const statementLog = () => readFileSync(statementLogPath ?? '', 'utf8').replaceAll('\n', '');

/** Waits until the database has logged a statement of ours run after the requests, so theirs are in too. */
async function statementLogCaughtUp(): Promise<string> {
  const marker = uniqueMarker();
  await e2eDb().$queryRaw`SELECT ${marker}::text AS marker`;
  await expect.poll(() => statementLog().includes(marker)).toBe(true);
  return statementLog();
}

/** `{marker}` is replaced by the request's own word. */
const unknownLocalePaths = [
  '/x.y/ideas',
  '/zz/ideas',
  '/fi.x/ideas',
  '/{marker}.y/ideas',
  '/fi.{marker}/ideas',
  '/{marker}/ideas',
  '/sv.x/ideas',
  '/api.x/ideas',
  '/brand/ideas',
  '/favicon.ico',
];

test.describe('requests for a locale we do not have', () => {
  test.beforeAll(() => {
    expect(
      statementLogPath,
      'run through `npm run test:e2e` with the embedded database: it keeps the statement log',
    ).toBeTruthy();
  });

  test('answer 404 with a Content-Security-Policy and run no database statement', async ({ request }) => {
    const sent: string[] = [];
    for (const path of unknownLocalePaths) {
      const marker = uniqueMarker();
      sent.push(marker);
      const url = `${path.replace('{marker}', marker)}?q=${marker}`;
      const response = await request.get(url, {
        headers: { cookie: `authjs.session-token=${marker}` },
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toContain('text/html');
      expect(response.headers()['content-security-policy'], path).toMatch(/default-src|script-src/);
    }

    // The same kind of request on a real page does query, with its word: the log would show ours.
    const control = uniqueMarker();
    expect(
      (await request.get(`/ideas?q=${control}`, { headers: { cookie: `authjs.session-token=${control}` } })).status(),
    ).toBe(200);

    const log = await statementLogCaughtUp();
    expect(log).toContain(control);
    for (const [index, marker] of sent.entries()) expect(log, unknownLocalePaths[index]).not.toContain(marker);
  });
});
