import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { parseEnv, serverEnvSchema } from '@/modules/platform/env';

// Where a webhook may go. VAU's server sends these requests from inside the city's network, so an
// admin's URL must not turn it into a way to reach that network (server-side request forgery): the
// address must be HTTPS and every address its name resolves to must be public, both when the
// endpoint is saved and again at each delivery (the name may resolve elsewhere by then, so the
// request connects only to an address this check passed: `checkedLookup`). WEBHOOK_ALLOW_PRIVATE
// lets tests and intranet receivers through: private addresses, and plain http on loopback only.

/** Why a URL is refused: the key of its message under `webhooks.validation`. */
export type UrlProblem = 'invalid' | 'httpsOnly' | 'credentials' | 'privateAddress' | 'unresolvable';

export class WebhookAddressError extends Error {
  constructor(readonly problem: UrlProblem) {
    super(`webhook address refused: ${problem}`);
  }
}

const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv6');
}

interface Resolved {
  address: string;
  family: number;
}

function loopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

/** Loopback, private, link-local, carrier-grade NAT, multicast or unspecified (IPv4-mapped too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return notPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function allowPrivate(): boolean {
  return parseEnv(serverEnvSchema.pick({ WEBHOOK_ALLOW_PRIVATE: true })).WEBHOOK_ALLOW_PRIVATE;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** What can be told from the text alone: a URL, HTTPS (or http to loopback when allowed), no password. */
export function urlProblem(text: string): UrlProblem | null {
  if (!URL.canParse(text)) return 'invalid';
  const url = new URL(text);
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'https:') return null;
  const host = hostOf(url);
  const localHttp = url.protocol === 'http:' && (host === 'localhost' || (isIP(host) !== 0 && loopback(host)));
  return localHttp && allowPrivate() ? null : 'httpsOnly';
}

/** The addresses a host name resolves to, each checked; throws WebhookAddressError when refused. */
async function checkedAddresses(host: string): Promise<Resolved[]> {
  let addresses: Resolved[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    throw new WebhookAddressError('unresolvable');
  }
  if (addresses.length === 0) throw new WebhookAddressError('unresolvable');
  if (!allowPrivate() && addresses.some(({ address }) => isPrivateAddress(address))) {
    throw new WebhookAddressError('privateAddress');
  }
  return addresses;
}

/** The whole check of an endpoint's URL when it is saved: null when it may be used. */
export async function webhookUrlProblem(text: string): Promise<UrlProblem | null> {
  const problem = urlProblem(text);
  if (problem) return problem;
  try {
    await checkedAddresses(hostOf(new URL(text)));
    return null;
  } catch (error) {
    if (error instanceof WebhookAddressError) return error.problem;
    throw error;
  }
}

type LookupCallback = (error: Error | null, address: string | Resolved[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves as usual but answers only with addresses the check
 * passed, so the connection goes where the check looked (`all` when Node tries several families).
 */
export function checkedLookup(host: string, options: { all?: boolean }, callback: LookupCallback): void {
  checkedAddresses(host).then(
    (addresses) =>
      options.all ? callback(null, addresses) : callback(null, addresses[0]!.address, addresses[0]!.family),
    (error: Error) => callback(error, '', 0),
  );
}
