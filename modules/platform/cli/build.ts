import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoSignInRefusal } from '../demo-sign-in';
import { organisationEnvSchema } from '../env';
import { projectRoot } from '../paths';
import { precompressStatic } from './static-compression';
import { StartupError } from '../startup-error';

// `npm start` builds only when needed: when there is no build, when a source file is newer than
// the build, or when the ORG_* branding or the demo sign-in (baked in at build time) differ from the build's.

const sources = [
  'app',
  'components',
  'modules',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'package-lock.json',
  'prisma/schema.prisma',
];
const stampFile = path.join(projectRoot, '.next', 'vau-build-stamp.json');

async function newestChange(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestChange(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether next.config will build the demo sign-in in (`next build` runs as production). */
function buildsDemoSignIn(): boolean {
  return process.env.AUTH_DEMO_LOGIN === 'true' && !demoSignInRefusal({ ...process.env, NODE_ENV: 'production' });
}

function brandingHash(): string {
  const names = Object.keys(organisationEnvSchema.shape).sort();
  return createHash('sha256')
    .update(
      JSON.stringify([...names.map((name) => [name, process.env[name] ?? '']), ['demoSignIn', buildsDemoSignIn()]]),
    )
    .digest('hex');
}

async function isStale(): Promise<boolean> {
  const stamp = await readFile(stampFile, 'utf8')
    .then((text) => JSON.parse(text) as { builtAt: number; branding: string })
    .catch(() => null);
  if (!stamp || stamp.branding !== brandingHash()) return true;
  const changed = await Promise.all(sources.map((source) => newestChange(path.join(projectRoot, source))));
  return Math.max(...changed) > stamp.builtAt;
}

export async function buildIfStale(nextBin: string): Promise<void> {
  if (!(await isStale())) return;
  console.log('VAU: Building the production app (once after each change; about a minute)…');
  await buildApp(nextBin);
}

/** `next build`, then a stamp recording when and with which branding, for `buildIfStale`. */
export async function buildApp(nextBin: string): Promise<void> {
  const builtAt = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    const build = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    build.on('exit', resolve);
  });
  if (code !== 0)
    throw new StartupError(
      'The production build failed.',
      'See the errors above; nothing in the database was changed.',
    );
  precompressStatic(path.join(projectRoot, '.next'));
  await writeFile(stampFile, JSON.stringify({ builtAt, branding: brandingHash() }));
}
