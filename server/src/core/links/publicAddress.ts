import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whether an IP address is a public unicast address of the Internet, the only kind the link
 * checker may connect to. A workspace is hostile input: a `downloadURL` (or a redirect from a
 * public URL) to the loopback, a private network, the cloud metadata service (169.254.169.254) or
 * any other special-purpose range would turn the checker into a port prober of the user's network.
 * Addresses come here already resolved and normalised (the URL parser turns `0x7f000001`,
 * `2130706433` or `127.1` into `127.0.0.1`; DNS answers are addresses), so only ranges matter.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIPv4(bare)) return isPublicIPv4(ipv4Number(bare));
  if (isIPv6(bare)) return isPublicIPv6(bare);
  return false;
}

/** IPv4 ranges that are not public unicast (IANA's special-purpose registry, plus multicast and reserved). */
const NON_PUBLIC_IPV4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const IPV4_RANGES = NON_PUBLIC_IPV4.map(([base, bits]) => ({ base: ipv4Number(base), mask: bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0 }));

function ipv4Number(address: string): number {
  return address.split('.').reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

function isPublicIPv4(value: number): boolean {
  return !IPV4_RANGES.some(({ base, mask }) => (value & mask) >>> 0 === base);
}

/** The eight 16-bit groups of an IPv6 address (with an embedded IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const value = ipv4Number(tail[1]!);
    text = `${text.slice(0, tail.index)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const first = parse(head);
  if (rest === undefined) return first;
  const last = parse(rest);
  return [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last];
}

function isPublicIPv6(address: string): boolean {
  const groups = ipv6Groups(address);
  if (groups.length !== 8) return false;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const embedded = ((g6 << 16) | g7) >>> 0;
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated): judge the IPv4 address.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0)) {
    return g5 === 0xffff ? isPublicIPv4(embedded) : false;
  }
  // 64:ff9b::/96 (NAT64) carries an IPv4 address too.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isPublicIPv4(embedded);
  // Only global unicast (2000::/3) is public; inside it, 6to4 (2002::/16) embeds an IPv4 address,
  // Teredo (2001:0::/32), ORCHID and documentation (2001:db8::/32) are not for connecting to.
  if ((g0 & 0xe000) !== 0x2000) return false;
  if (g0 === 0x2002) return isPublicIPv4(((g1 << 16) | g2) >>> 0);
  if (g0 === 0x2001 && (g1 === 0 || g1 === 0xdb8 || (g1 & 0xfff0) === 0x10 || (g1 & 0xfff0) === 0x20)) return false;
  return true;
}
