import { beforeAll, describe, expect, it } from 'vitest';
import { isMemberRender, isStoreRender } from './reader-version';
import type * as SharedPages from './shared-pages';

const secret = 'test-render-secret-0123456789abcdef';
let shared: typeof SharedPages;

beforeAll(async () => {
  process.env.VAU_PAGE_RENDER_SECRET = secret;
  shared = await import('./shared-pages');
});

function forwarded(incoming: Record<string, string>) {
  const headers = new Headers(incoming);
  return shared.forwardedRenderHeaders(new Headers(headers), shared.sharedRender(headers));
}

describe('the markers the proxy forwards to a page', () => {
  it('strips forged store and member markers from a reader’s request', () => {
    const headers = forwarded({
      'x-vau-store-render': '1',
      'x-vau-reader-version': 'member',
      'x-vau-shared-render': 'guessed',
      'x-vau-shared-placeholder': 'p',
    });
    expect(isStoreRender(headers)).toBe(false);
    expect(isMemberRender(headers)).toBe(false);
  });

  it('marks the store’s own render and its member version, counted against the reader who caused it', () => {
    const everyone = forwarded({
      'x-vau-shared-render': secret,
      'x-vau-shared-placeholder': 'p',
      'x-vau-peer-address': '127.0.0.1',
      'x-vau-shared-asked-by-peer': '203.0.113.7',
      'x-vau-shared-asked-by-forwarded-for': '198.51.100.2',
    });
    expect(isStoreRender(everyone)).toBe(true);
    expect(isMemberRender(everyone)).toBe(false);
    expect(everyone.get('x-vau-peer-address')).toBe('203.0.113.7');
    expect(everyone.get('x-forwarded-for')).toBe('198.51.100.2');
    expect(everyone.get('x-vau-shared-asked-by-peer')).toBeNull();
    const member = forwarded({
      'x-vau-shared-render': secret,
      'x-vau-shared-placeholder': 'p',
      'x-vau-shared-version': 'member',
    });
    expect(isStoreRender(member)).toBe(true);
    expect(isMemberRender(member)).toBe(true);
    expect(member.get('x-vau-shared-render')).toBeNull();
  });

  it('ignores an asked-by address a reader sends themselves', () => {
    const headers = forwarded({ 'x-vau-peer-address': '203.0.113.9', 'x-vau-shared-asked-by-peer': '10.0.0.1' });
    expect(headers.get('x-vau-peer-address')).toBe('203.0.113.9');
    expect(headers.get('x-vau-shared-asked-by-peer')).toBeNull();
  });
});

describe('the store’s size', () => {
  it('is VAU_PAGE_STORE_MB megabytes per worker, 96 unless set, and refuses what is not a size', () => {
    expect(shared.pageStoreBytes(undefined)).toBe(96 * 1024 * 1024);
    expect(shared.pageStoreBytes('')).toBe(96 * 1024 * 1024);
    expect(shared.pageStoreBytes('0.5')).toBe(512 * 1024);
    expect(shared.pageStoreBytes('0')).toBe(0);
    for (const setting of ['lots', '-1', '64MB'])
      expect(() => shared.pageStoreBytes(setting), setting).toThrow(/VAU_PAGE_STORE_MB/);
  });
});
