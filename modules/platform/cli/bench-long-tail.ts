import type { IncomingHttpHeaders } from 'node:http';

// The long-tail rows' warm-up: every page asked for until the page store answers (almost) all of them,
// so the warm rows measure the steady state of pages that live until they change, and the time it
// took is reported. Each worker keeps its own store and the balancer spreads the asks over the
// workers, so one pass is not enough; a pass stops the warm-up once 95 % of its answers were stored.

const CONCURRENCY = 20;
const MAX_PASSES = 6;
const ENOUGH_STORED = 0.95;
/** The page store marks its answers (modules/platform/page-cache/shared-pages.ts). */
export const STORED_PAGE_HEADER = 'x-vau-page';

export interface LongTailWarmUp {
  pages: number;
  signedIn: boolean;
  seconds: number;
  passes: { seconds: number; storedShare: number; non2xx: number }[];
}

async function pass(baseUrl: string, pages: string[], cookie: string | undefined) {
  let next = 0;
  let stored = 0;
  let non2xx = 0;
  const asker = async () => {
    for (let index = next++; index < pages.length; index = next++) {
      const response = await fetch(`${baseUrl}${pages[index]}`, {
        headers: cookie ? { cookie } : {},
        redirect: 'manual',
      });
      await response.arrayBuffer();
      if (response.headers.get(STORED_PAGE_HEADER) === 'stored') stored += 1;
      if (response.status < 200 || response.status > 299) non2xx += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, asker));
  return { storedShare: stored / pages.length, non2xx };
}

export async function warmLongTail(
  baseUrl: string,
  pages: string[],
  cookie: string | undefined,
  say: (line: string) => void,
): Promise<LongTailWarmUp> {
  const started = performance.now();
  const passes: LongTailWarmUp['passes'] = [];
  for (let count = 1; count <= MAX_PASSES; count += 1) {
    const passStarted = performance.now();
    const result = await pass(baseUrl, pages, cookie);
    const seconds = Number(((performance.now() - passStarted) / 1000).toFixed(1));
    passes.push({ seconds, ...result, storedShare: Number(result.storedShare.toFixed(3)) });
    say(`  warm-up pass ${count}: ${seconds} s, ${Math.round(result.storedShare * 100)} % from the page store`);
    if (result.storedShare >= ENOUGH_STORED) break;
  }
  return {
    pages: pages.length,
    signedIn: cookie !== undefined,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    passes,
  };
}

/** Counts, for autocannon's onResponse, how many answers came from the page store. */
export function storedCounter() {
  const counts = { stored: 0, all: 0 };
  return {
    onResponse: (_status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) => {
      counts.all += 1;
      // autocannon passes the header names as the server wrote them.
      const marker = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === STORED_PAGE_HEADER)?.[1];
      if (marker === 'stored') counts.stored += 1;
    },
    share: () => (counts.all === 0 ? 0 : Number((counts.stored / counts.all).toFixed(3))),
  };
}
