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

  it('marks the store’s own render, which per-client limits do not count, and its member version', () => {
    const everyone = forwarded({ 'x-vau-shared-render': secret, 'x-vau-shared-placeholder': 'p' });
    expect(isStoreRender(everyone)).toBe(true);
    expect(isMemberRender(everyone)).toBe(false);
    const member = forwarded({
      'x-vau-shared-render': secret,
      'x-vau-shared-placeholder': 'p',
      'x-vau-shared-version': 'member',
    });
    expect(isStoreRender(member)).toBe(true);
    expect(isMemberRender(member)).toBe(true);
    expect(member.get('x-vau-shared-render')).toBeNull();
  });
});
