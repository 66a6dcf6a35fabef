// Server-side request forgery guard: every URL the fetcher touches (first request and every redirect hop) is checked
// here, and the connector checks the resolved address again right before a socket is opened, so a DNS answer that
// changes between the check and the connection (rebinding) is still refused.
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { FetchError } from './types.ts';
import type { ConnectAttempt, LookupHook, ResolvedAddress } from './types.ts';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

function isBlockedIPv4(ip: IPv4): boolean {
  // Only globally routable unicast passes; ipaddr.js names every special-purpose range otherwise.
  return ip.range() !== 'unicast';
}

function embeddedIPv4(parts: number[], hi: number): IPv4 {
  const a = parts[hi]!;
  const b = parts[hi + 1]!;
  return new ipaddr.IPv4([a >> 8, a & 0xff, b >> 8, b & 0xff]);
}

function isBlockedIPv6(ip: IPv6): boolean {
  const p = ip.parts;
  const range = ip.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return isBlockedIPv4(embeddedIPv4(p, 6));
  // Deprecated IPv4-compatible form ::a.b.c.d (also covers :: and ::1, already named by range()).
  if (p.slice(0, 6).every((x) => x === 0)) return true;
  if (range === 'rfc6052') {
    // NAT64: the well-known prefix 64:ff9b::/96 carries a public IPv4 address; the local-use 64:ff9b:1::/48 never does.
    if (p[2] !== 0) return true;
    return isBlockedIPv4(embeddedIPv4(p, 6));
  }
  if (range === '6to4') return isBlockedIPv4(embeddedIPv4(p, 1));
  return range !== 'unicast';
}

/** True when a connection to this literal address must be refused (anything but public unicast, or unparsable). */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return true;
  let addr: IPv4 | IPv6;
  try {
    addr = ipaddr.parse(bare);
  } catch {
    return true;
  }
  return addr.kind() === 'ipv4' ? isBlockedIPv4(addr as IPv4) : isBlockedIPv6(addr as IPv6);
}

export function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function formatHostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${stripBrackets(host)}]` : host}:${port}`;
}

export const systemLookup: LookupHook = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface SsrfGuardOptions {
  /** Exact `host:port` pairs (`127.0.0.1:43123`, `[::1]:8080`) let through even though the address is blocked. */
  allowlist?: readonly string[];
  lookup?: LookupHook;
  connectHook?: (attempt: ConnectAttempt) => void;
}

/** Parses and checks the parts of a URL that need no DNS: scheme, credentials, host. */
export function checkUrlShape(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a valid URL: ${raw.slice(0, 200)}`, 'bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`scheme ${url.protocol} refused: only http and https are fetched`, 'bad-url');
  }
  if (url.username || url.password) throw new FetchError('URLs carrying credentials are refused', 'bad-url');
  if (!url.hostname) throw new FetchError('URL has no host', 'bad-url');
  return url;
}

export class SsrfGuard {
  private readonly allow: Set<string>;
  private readonly lookup: LookupHook;
  private readonly connectHook?: (attempt: ConnectAttempt) => void;

  constructor(options: SsrfGuardOptions = {}) {
    this.allow = new Set((options.allowlist ?? []).map((s) => s.trim().toLowerCase()));
    this.lookup = options.lookup ?? systemLookup;
    this.connectHook = options.connectHook;
  }

  isAllowlisted(host: string, port: number): boolean {
    return this.allow.has(formatHostPort(host.toLowerCase(), port));
  }

  /**
   * Resolves a host and decides, before anything connects, whether it may be reached. Every resolved address must be
   * acceptable: a name that resolves to one public and one private address is refused as a whole.
   */
  async resolve(hostname: string, port: number): Promise<ResolvedAddress[]> {
    const host = stripBrackets(hostname);
    let answers: ResolvedAddress[];
    if (ipaddr.isValid(host)) {
      answers = [{ address: host, family: host.includes(':') ? 6 : 4 }];
    } else {
      try {
        answers = await this.lookup(host);
      } catch (err) {
        throw new FetchError(`DNS lookup failed for ${host}: ${(err as Error).message}`, 'network');
      }
      if (answers.length === 0) throw new FetchError(`DNS lookup for ${host} returned no address`, 'network');
    }
    const hostAllowed = this.isAllowlisted(host, port);
    for (const a of answers) {
      if (isBlockedAddress(a.address) && !hostAllowed && !this.isAllowlisted(a.address, port)) {
        throw new FetchError(
          `refused: ${formatHostPort(host, port)} resolves to ${a.address}, a non-public address not in the allowlist`,
          'ssrf-blocked',
        );
      }
    }
    return answers;
  }

  /** Full check of one URL (first request or redirect hop). */
  async check(raw: string): Promise<URL> {
    const url = checkUrlShape(raw);
    await this.resolve(url.hostname, url.port ? Number(url.port) : defaultPort(url.protocol));
    return url;
  }

  /** Called by the connector right before a socket is opened; resolves again and picks the first address. */
  async addressForConnect(hostname: string, port: number): Promise<ResolvedAddress> {
    const answers = await this.resolve(hostname, port);
    const chosen = answers[0]!;
    this.connectHook?.({ host: stripBrackets(hostname), port, address: chosen.address });
    return chosen;
  }
}
