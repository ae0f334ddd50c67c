import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PEER_ADDRESS_HEADER } from '../client-address';
import { projectRoot } from '../paths';
import { brotliStaticResponder } from './static-compression';

// tsx (which runs this file) turns Node's source maps on; then every server chunk Next loads has its
// .map read and kept in the heap (a fresh worker's heap: 155–171 MB with them, 92–104 MB without;
// decision 43), and each error's stack is mapped through it. Off before Next loads.
process.setSourceMapsEnabled(false);
const { default: next } = await import('next');

// The production server: one Next.js process per CPU core (WEB_CONCURRENCY overrides), sharing one
// port through Node's cluster module. A single Next process renders on one core; on an n-core
// machine the others would sit idle (decision 0008). `npm start` and the tests start this.

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME;
const workerCount = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

async function serve() {
  // The page store renders over loopback to this port and needs to know it (shared-pages.ts).
  process.env.PORT = String(port);
  const app = next({ dev: false, dir: projectRoot, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const answerPrecompressed = brotliStaticResponder(path.join(projectRoot, '.next'));
  const server = http.createServer((request, response) => {
    if (answerPrecompressed(request, response)) return;
    // The one address a client cannot forge; X-Forwarded-For is trusted only per TRUSTED_PROXY_HOPS.
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
    void handle(request, response);
  });
  server.listen(port, hostname);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests still running get a moment to finish; a kept-alive browser must not hold us up.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (cluster.isPrimary && workerCount > 1) {
  // Every worker must accept the page store's render requests, whichever worker sent them.
  process.env.VAU_PAGE_RENDER_SECRET ??= randomBytes(32).toString('base64url');
  let stopping = false;
  let exitCode = 0;
  let running = 0;
  const startedAt = new Map<number, number>();
  const fork = () => {
    running += 1;
    startedAt.set(cluster.fork().id, Date.now());
  };
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  };
  for (let index = 0; index < workerCount; index += 1) fork();
  cluster.on('exit', (worker, code, signal) => {
    running -= 1;
    if (stopping) {
      if (running === 0) process.exit(exitCode);
      return;
    }
    const died = signal ?? `exit code ${code}`;
    // A worker that dies while starting would die again: stop, so the launcher reports it.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 15_000) {
      console.error(`VAU: a server worker failed while starting (${died}).`);
      exitCode = 1;
      if (running === 0) process.exit(exitCode);
      stopAll();
      return;
    }
    console.error(`VAU: a server worker stopped (${died}); starting another.`);
    fork();
  });
  process.once('SIGTERM', stopAll);
  process.once('SIGINT', stopAll);
} else {
  await serve();
}
