import type pg from 'pg';

// The intranet origins (SharePoint, Teams) that may frame the widget, in app_settings: read on every
// widget request by the proxy (app/framing.ts), so a change applies on every instance at once. No
// imports beyond pg's types: the proxy loads this file.

export const FRAME_ORIGINS_KEY = 'widget.frame-origins';
export const MAX_FRAME_ORIGINS = 20;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A listed origin as the header must carry it (`https://intra.kunta.fi`, `https://*.sharepoint.com`),
 * or null. HTTPS only — plain http only on this machine (development and tests) —, no path, query,
 * user or fragment, and a wildcard only as a whole first label, as frame-ancestors reads it.
 */
export function frameOrigin(text: string): string | null {
  const wildcard = /^(https?:\/\/)\*\./i.exec(text);
  let url: URL;
  try {
    url = new URL(wildcard ? `${wildcard[1]}${text.slice(wildcard[0].length)}` : text);
  } catch {
    return null;
  }
  const loopback = loopbackHosts.has(url.hostname);
  const bare =
    url.username === '' && url.password === '' && url.search === '' && url.hash === '' && url.pathname === '/';
  const labels = url.hostname.split('.');
  const named = loopback ? !wildcard : labels.length > 1 && labels.every((label) => /^[a-z0-9-]+$/.test(label));
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
  if (!bare || !named || !secure) return null;
  return wildcard ? `${url.protocol}//*.${url.host}` : url.origin;
}

/** A stored value back to the list; anything that is not a list of valid origins is dropped (fail closed). */
export function storedFrameOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const origin = typeof item === 'string' ? frameOrigin(item) : null;
    return origin ? [origin] : [];
  });
}

/** The same read over plain node-postgres, for the proxy (it runs before any page). */
export async function frameOriginsFromPool(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ value: unknown }>('SELECT value FROM app_settings WHERE key = $1', [
    FRAME_ORIGINS_KEY,
  ]);
  return storedFrameOrigins(rows[0]?.value);
}
