import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Tooling paths (CLIs, tests). Not for use inside the Next.js bundle, where import.meta.url differs.
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
