// One identity per article URL, so the same article reached through two feeds, AMP, mobile and tracking-laden links is
// stored once. www., m., mobile. and amp. host prefixes are dropped (kept when only two labels remain). The canonical
// form is an identity key, not an address to fetch (it always says https).

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'ocid', 'ncid', 'xtor', 'at_medium', 'at_campaign',
  's_cid', 'spm', 'share', 'amp', 'outputtype', '__twitter_impression', 'smid', 'mbid', 'cid_source',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];
const MOBILE_LABELS = new Set(['www', 'm', 'mobile', 'amp']);
// Characters a path segment may carry unescaped (RFC 3986 pchar minus unreserved, which encodeURIComponent keeps).
const PCHAR_UNESCAPE = /%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g;

function isTracking(key: string, value: string): boolean {
  const k = key.toLowerCase();
  if (k === 'amp') return value === '' || value === '1' || value === 'true';
  if (k === 'outputtype') return value.toLowerCase() === 'amp';
  return TRACKING_PARAMS.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
}

function normalizeSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Not UTF-8 percent-encoding (e.g. a windows-1256 slug): keep the bytes, only unify the hex case.
    return segment.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  }
  return encodeURIComponent(decoded.normalize('NFC')).replace(PCHAR_UNESCAPE, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function normalizeHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return host;
  const labels = host.split('.');
  while (labels.length > 2 && MOBILE_LABELS.has(labels[0]!)) labels.shift();
  host = labels.join('.');
  return host;
}

function normalizePath(pathname: string): string {
  let segments = pathname.split('/').map(normalizeSegment);
  // AMP variants: /amp, /amp/ segment anywhere, and article.amp.html.
  segments = segments.filter((s) => s.toLowerCase() !== 'amp');
  segments = segments.map((s) => s.replace(/\.amp(\.html?)$/i, '$1'));
  let path = segments.join('/').replace(/\/{2,}/g, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  return path || '/';
}

/** Canonical identity of an article URL; throws on anything that is not an absolute http(s) URL. */
export function canonicalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new TypeError(`not an absolute URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`not an http(s) URL: ${raw.slice(0, 200)}`);
  }
  const port = url.port === '80' || url.port === '443' ? '' : url.port;
  const host = normalizeHost(url.hostname);
  const path = normalizePath(url.pathname);
  const params = [...url.searchParams.entries()]
    .filter(([k, v]) => !isTracking(k, v))
    .map(([k, v]) => [k.normalize('NFC'), v.normalize('NFC')] as [string, string])
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return `https://${host}${port ? `:${port}` : ''}${path}${query ? `?${query}` : ''}`;
}
