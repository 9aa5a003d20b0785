import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';

/** A host the server will not call (a link check, a feed pull), and why, in words for the editor. */
export class InternalAddressError extends Error {
  constructor(readonly host: string) {
    super(`${host} is an internal address (loopback, a private or link-local range, or this server): the server does not call it.`);
  }
}

/**
 * Whether an address is one anybody on the Internet can reach, so that calling it tells the server
 * nothing a citizen's phone could not find out. Only ipaddr.js' "unicast" range passes: loopback,
 * RFC 1918, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local IPv6,
 * multicast, documentation and reserved ranges are refused, and so are IPv6 forms that carry an IPv4
 * address (mapped, 6to4, Teredo, NAT64), which could smuggle a private one through.
 */
export function isPublicAddress(ip: string, own: ReadonlySet<string> = ownAddresses()): boolean {
  if (!ipaddr.isValid(ip)) return false;
  const parsed = ipaddr.process(ip); // IPv4-mapped IPv6 becomes the IPv4 address it carries
  if (parsed.range() !== 'unicast') return false;
  return !own.has(parsed.toNormalizedString());
}

/** This machine's own addresses: a public one still reaches the server itself, past its proxy. */
function ownAddresses(): Set<string> {
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return new Set(all.flatMap((a) => (ipaddr.isValid(a.address) ? [ipaddr.process(a.address).toNormalizedString()] : [])));
}

/**
 * The address to connect to for `host`: every address DNS gives must be public, not only the first,
 * and the caller connects to the one returned here rather than resolving again, so a name that
 * answers differently the second time (DNS rebinding) cannot turn the call inward.
 */
export async function resolvePublic(host: string, isAllowed: (ip: string) => boolean = isPublicAddress): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, '');
  // Names that mean this machine whatever DNS says (RFC 6761), including the fully qualified "localhost.".
  if (/^(.+\.)?localhost\.?$/i.test(bare)) throw new InternalAddressError(host);
  const addresses = isIP(bare) ? [bare] : (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  if (!addresses.length || !addresses.every(isAllowed)) throw new InternalAddressError(host);
  return addresses[0] as string;
}

/**
 * Internal hosts the operator lets the server call anyway (FEED_INTERNAL_HOSTS): a province's one-stop
 * system often sits on its own network. Entries are names (that name, whatever it resolves to),
 * addresses, or subnets in CIDR form. Staff, who type the feed's URL, reach nothing else inside.
 */
export function internalAllowance(entries: readonly string[]): (host: string) => (ip: string) => boolean {
  const names = new Set(entries.filter((e) => !ipaddr.isValid(e) && !e.includes('/')).map((e) => e.toLowerCase().replace(/\.$/, '')));
  const ranges = entries.flatMap((e) => {
    if (e.includes('/')) return [ipaddr.parseCIDR(e)];
    if (!ipaddr.isValid(e)) return [];
    const ip = ipaddr.process(e);
    return [[ip, ip.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number]];
  });
  const inRanges = (ip: string) => {
    if (!ipaddr.isValid(ip)) return false;
    const parsed = ipaddr.process(ip);
    return ranges.some(([net, bits]) => net.kind() === parsed.kind() && parsed.match(net, bits));
  };
  return (host) => {
    if (
      names.has(
        host
          .toLowerCase()
          .replace(/^\[|\]$/g, '')
          .replace(/\.$/, ''),
      )
    )
      return () => true;
    return (ip) => isPublicAddress(ip) || inRanges(ip);
  };
}
