import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, brotliDecompressSync, inflateSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { freePort } from './server-process';

// What a phone gets for the front page, the idea list and an idea page: every script the HTML
// loads (modern browsers skip `nomodule` ones), fetched compressed as Chromium asks
// (`Accept-Encoding: gzip, deflate, br`), and Lighthouse's mobile performance score (its default
// config: a mid-range phone on slow 4G, simulated). Scores are medians of several runs: on a busy
// machine one run can be far off. Run alone: `tsx modules/platform/cli/bench-phones.ts <baseUrl>`
// (PHONES_COOKIE='authjs.session-token=…' measures signed in as well).

const acceptEncoding = 'gzip, deflate, br';
const browserPath = process.env.E2E_BROWSER_PATH ?? '/usr/bin/chromium';

export type PhonePage = 'front' | 'list' | 'idea';

export interface PhoneScript {
  url: string;
  compressedBytes: number;
  bytes: number;
  encoding: string;
}

export interface PhoneLighthouse {
  /** 0–100, median of the runs. */
  performance: number;
  /** Every run's score, in order. */
  scores: number[];
  /** Of the median run. */
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /** Script bytes the browser actually transferred in the median run (also any loaded after the HTML). */
  scriptTransferBytes: number;
}

export interface PhonePageMeasure {
  page: PhonePage;
  path: string;
  signedIn: boolean;
  scripts: number;
  compressedBytes: number;
  bytes: number;
  htmlCompressedBytes: number;
  htmlBytes: number;
  scriptList: PhoneScript[];
  lighthouse?: PhoneLighthouse;
}

export interface PhoneBenchOptions {
  baseUrl: string;
  /** A signed-in person's cookie header (`authjs.session-token=…`): each page is measured signed out and with it. */
  cookie?: string;
  /** Defaults to the first idea the list links to. */
  ideaPath?: string;
  /** Lighthouse runs per page and state; 0 measures bytes only. */
  lighthouseRuns?: number;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function getRaw(url: string, cookie?: string): Promise<RawResponse> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'accept-encoding': acceptEncoding, accept: 'text/html,*/*' };
    if (cookie) headers.cookie = cookie;
    const request = client.get(url, { headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function decoded(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  if (encoding === 'deflate') return inflateSync(response.body);
  return response.body;
}

async function getOk(url: string, cookie?: string): Promise<RawResponse> {
  const response = await getRaw(url, cookie);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return response;
}

/**
 * Every script a module-aware browser loads for the HTML, once each: script tags (not `nomodule`)
 * and scripts preloaded for parts loaded on demand that this page renders.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    if (isScript ? /\snomodule\b/i.test(tag) : !/\sas="script"/i.test(tag) || !/\srel="preload"/i.test(tag)) continue;
    const source = (isScript ? /\ssrc="([^"]+)"/i : /\shref="([^"]+)"/i).exec(tag)?.[1];
    if (source) sources.add(source.replaceAll('&amp;', '&'));
  }
  return [...sources];
}

async function measureBytes(baseUrl: string, page: PhonePage, pagePath: string, cookie?: string) {
  const htmlResponse = await getOk(new URL(pagePath, baseUrl).href, cookie);
  const html = decoded(htmlResponse);
  const scriptList = await Promise.all(
    scriptSources(html.toString('utf8')).map(async (source): Promise<PhoneScript> => {
      const url = new URL(source, baseUrl).href;
      const response = await getOk(url, cookie);
      return {
        url,
        compressedBytes: response.body.length,
        bytes: decoded(response).length,
        encoding: String(response.headers['content-encoding'] ?? 'identity'),
      };
    }),
  );
  return {
    page,
    path: pagePath,
    signedIn: Boolean(cookie),
    scripts: scriptList.length,
    compressedBytes: scriptList.reduce((sum, script) => sum + script.compressedBytes, 0),
    bytes: scriptList.reduce((sum, script) => sum + script.bytes, 0),
    htmlCompressedBytes: htmlResponse.body.length,
    htmlBytes: html.length,
    scriptList,
  };
}

async function firstIdeaPath(baseUrl: string): Promise<string> {
  const html = decoded(await getOk(new URL('/ideas', baseUrl).href)).toString('utf8');
  const link = /href="(\/ideas\/\d+[^"?#]*)"/.exec(html)?.[1];
  if (!link) throw new Error('The idea list links to no idea: cannot measure an idea page.');
  return link;
}

interface Browser {
  port: number;
  stop: () => Promise<void>;
}

async function startBrowser(): Promise<Browser> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'vau-phones-'));
  const browser = spawn(
    browserPath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (browser.exitCode === null && browser.signalCode === null) {
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      browser.kill('SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`Chromium (${browserPath}) did not open its debugging port.`);
}

interface LighthouseRun {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  scriptTransferBytes: number;
}

async function lighthouseRun(url: string, port: number, cookie?: string): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  const report = result?.lhr;
  if (!report || report.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${report?.runtimeError?.message}`);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const requests = report.audits['network-requests']?.details;
  const items: Record<string, unknown>[] = requests?.type === 'table' ? requests.items : [];
  const scriptTransferBytes = items
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum: number, item) => sum + (typeof item.transferSize === 'number' ? item.transferSize : 0), 0);
  return {
    score: Math.round((report.categories.performance?.score ?? 0) * 100),
    lcp: Math.round(audit('largest-contentful-paint')),
    tbt: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    scriptTransferBytes,
  };
}

async function measureLighthouse(url: string, runs: number, cookie?: string): Promise<PhoneLighthouse> {
  const results: LighthouseRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A fresh browser each run: nothing cached or compiled from the previous one.
    const browser = await startBrowser();
    try {
      results.push(await lighthouseRun(url, browser.port, cookie));
    } finally {
      await browser.stop();
    }
  }
  const median = [...results].sort((a, b) => a.score - b.score)[Math.floor(results.length / 2)]!;
  return {
    performance: median.score,
    scores: results.map((result) => result.score),
    largestContentfulPaintMs: median.lcp,
    totalBlockingTimeMs: median.tbt,
    cumulativeLayoutShift: median.cls,
    scriptTransferBytes: median.scriptTransferBytes,
  };
}

/** Script bytes and Lighthouse mobile scores for the front page, the list and an idea page. */
export async function measurePhones(options: PhoneBenchOptions): Promise<PhonePageMeasure[]> {
  const { baseUrl, cookie } = options;
  const runs = options.lighthouseRuns ?? 3;
  const pages: [PhonePage, string][] = [
    ['front', '/'],
    ['list', '/ideas'],
    ['idea', options.ideaPath ?? (await firstIdeaPath(baseUrl))],
  ];
  const states = cookie ? [undefined, cookie] : [undefined];
  const measures: PhonePageMeasure[] = [];
  for (const state of states) {
    for (const [page, pagePath] of pages) {
      const measure: PhonePageMeasure = await measureBytes(baseUrl, page, pagePath, state);
      if (runs > 0) measure.lighthouse = await measureLighthouse(new URL(pagePath, baseUrl).href, runs, state);
      measures.push(measure);
    }
  }
  return measures;
}

function printTable(measures: PhonePageMeasure[]): void {
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log('page   signed-in  scripts  JS kB sent  JS kB  perf  LCP ms  TBT ms  CLS   runs');
  for (const measure of measures) {
    const score = measure.lighthouse;
    console.log(
      [
        measure.page.padEnd(6),
        String(measure.signedIn).padEnd(10),
        String(measure.scripts).padStart(7),
        kB(measure.compressedBytes).padStart(11),
        kB(measure.bytes).padStart(6),
        String(score?.performance ?? '-').padStart(5),
        String(score?.largestContentfulPaintMs ?? '-').padStart(7),
        String(score?.totalBlockingTimeMs ?? '-').padStart(7),
        String(score?.cumulativeLayoutShift ?? '-').padStart(5),
        ` ${score?.scores.join(',') ?? ''}`,
      ].join(' '),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2];
  if (!baseUrl) {
    console.error('Usage: tsx modules/platform/cli/bench-phones.ts <baseUrl>  (PHONES_COOKIE, PHONES_RUNS optional)');
    process.exit(2);
  }
  const measures = await measurePhones({
    baseUrl,
    cookie: process.env.PHONES_COOKIE,
    lighthouseRuns: process.env.PHONES_RUNS === undefined ? 3 : Number(process.env.PHONES_RUNS),
  });
  printTable(measures);
  if (process.env.PHONES_JSON) console.log(JSON.stringify(measures, null, 2));
}
