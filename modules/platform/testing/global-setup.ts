import type { TestProject } from 'vitest/node';
import { createMigratedDatabase, startTestServer } from './test-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared, migrated database. Tests own their rows through factories. */
    databaseUrl: string;
    /** Maintenance connection on the same server, for tests that need databases of their own. */
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const database = await createMigratedDatabase(server, 'test');
  project.provide('databaseUrl', database.url);
  project.provide('serverUrl', server.urlFor('postgres'));
  return async () => {
    await database.drop();
    await server.stop();
  };
}
