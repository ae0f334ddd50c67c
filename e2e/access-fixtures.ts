import { createSession } from '../modules/access/sessions';
import { createPrismaClient, Role, type Database } from '../modules/platform/db/client';

// Signs a test straight in by writing a session row, as the sign-in flows do after they have
// checked who someone is. Each test gets its own user, so parallel tests never share one.

let db: Database | undefined;
export function e2eDb(): Database {
  db ??= createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL ?? '', poolSize: 2 });
  return db;
}

/** A signed-in person; a manager acts for `departmentId` (their own department). */
export async function createSignedInUser(
  name: string,
  roles: Role[] = [Role.EMPLOYEE],
  options: { departmentId?: string } = {},
) {
  const handle = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const user = await e2eDb().user.create({
    data: { name, email: `e2e-${handle}@test.example`, roles, departmentId: options.departmentId },
  });
  const { sessionToken } = await createSession(e2eDb(), user.id, { idleMinutes: 120, absoluteHours: 12 });
  return { user, sessionToken, cookie: { name: 'authjs.session-token', value: sessionToken } };
}
