/**
 * Set by the proxy, and only on its own render request for the store, when the page is to be
 * rendered as the `member` version: for a made-up signed-in reader whom the page's policy would
 * call plain (policy.ts). The proxy removes it from every other request.
 */
export const READER_VERSION_HEADER = 'x-vau-reader-version';

/** Whether this render is the stored member version (the page then asks the browser for its reader's own state). */
export function isMemberRender(headers: Headers): boolean {
  return headers.get(READER_VERSION_HEADER) === 'member';
}

/**
 * Set by the proxy, and only on its own render request for the store. Such a render has no reader
 * of its own: per-client limits count it against the address of the reader whose ask caused it,
 * which the proxy puts in place of loopback's.
 */
export const STORE_RENDER_HEADER = 'x-vau-store-render';

/** Whether this render is the page store's own, made once for many readers. */
export function isStoreRender(headers: Headers): boolean {
  return headers.get(STORE_RENDER_HEADER) === '1';
}
