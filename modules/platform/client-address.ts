import { isIP } from 'node:net';

/**
 * The address the connection itself came from, set by the production server (cli/serve.ts) on every
 * request, replacing anything a client sent under this name. Under `next dev` it is absent.
 */
export const PEER_ADDRESS_HEADER = 'x-vau-peer-address';

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * A bare IPv4 or IPv6 address; IPv4 arriving on an IPv6 socket (::ffff:10.0.0.1) is shown as IPv4.
 * Some proxies write the client's port too (`10.0.0.1:5123`, `[2001:db8::1]:5123`): it is dropped.
 */
function plainAddress(value: string | undefined): string | null {
  const address = withoutPort(value?.trim() ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return address && isIP(address) ? address : null;
}

function withoutPort(entry: string): string {
  if (entry.startsWith('[')) return entry.slice(1, entry.indexOf(']') === -1 ? undefined : entry.indexOf(']'));
  const parts = entry.split(':');
  return parts.length === 2 && isIP(parts[0] ?? '') === 4 ? (parts[0] ?? entry) : entry;
}

/**
 * The client's address. With `trustedHops` = 0 it is the connection's peer and X-Forwarded-For is
 * ignored: anyone can write that header. With n proxies of our own in front, each appends the
 * address it saw, so the client is n entries from the right of [...X-Forwarded-For, peer]; entries
 * further left were written by the client and are never used. Null when unknown or malformed.
 */
export function clientAddress(headers: HeaderSource, trustedHops: number): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (!peer) return null;
  const forwarded =
    trustedHops === 0 ? [] : (headers.get('x-forwarded-for') ?? '').split(',').filter((entry) => entry.trim() !== '');
  const chain = [...forwarded, peer];
  // Fewer entries than proxies: the outermost entry was still written by one of ours.
  return plainAddress(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}
