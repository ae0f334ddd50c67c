import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsBrotli, brotliStaticResponder, precompressStatic } from './static-compression';

describe('Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br', true],
    ['gzip, br;q=0.5', true],
    ['gzip, br;q=0', false],
    ['gzip, deflate', false],
    [undefined, false],
    ['brotli', false],
  ])('%s takes Brotli: %s', (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

describe('precompressed build files', () => {
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  let nextDir: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    nextDir = await mkdtemp(path.join(os.tmpdir(), 'vau-static-'));
    await mkdir(path.join(nextDir, 'static', 'chunks'), { recursive: true });
    await writeFile(path.join(nextDir, 'static', 'chunks', 'app.js'), script);
    await writeFile(path.join(nextDir, 'static', 'chunks', 'font.woff2'), 'font');
    precompressStatic(nextDir);
    const respond = brotliStaticResponder(nextDir);
    server = http.createServer((request, response) => {
      if (respond(request, response)) return;
      response.writeHead(299).end('passed on');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(nextDir, { recursive: true, force: true });
  });

  /** The path is sent as written (a URL would resolve `..`). */
  function get(pathname: string, acceptEncoding: string) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(
          { host: '127.0.0.1', port, path: pathname, headers: { 'accept-encoding': acceptEncoding } },
          (response) => {
            const parts: Buffer[] = [];
            response.on('data', (part: Buffer) => parts.push(part));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }),
            );
          },
        )
        .on('error', reject);
    });
  }

  it('answers a browser that takes Brotli with the smaller file, cached for good and with the security headers', async () => {
    const answer = await get('/_next/static/chunks/app.js?v=1', 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  it('passes everything else on to Next', async () => {
    expect((await get('/_next/static/chunks/app.js', 'gzip')).status).toBe(299);
    expect((await get('/_next/static/chunks/font.woff2', 'br')).status).toBe(299);
    expect((await get('/_next/static/chunks/missing.js', 'br')).status).toBe(299);
    expect((await get('/_next/static/chunks/../chunks/app.js', 'br')).status).toBe(299);
    expect((await get('/ideas', 'br')).status).toBe(299);
  });
});
