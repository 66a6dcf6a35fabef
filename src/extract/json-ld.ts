// Reads schema.org JSON-LD blocks out of raw HTML before scripts are stripped, and picks the article node.

export type JsonLdNode = Record<string, unknown>;

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|DiscussionForumPosting|Blog|Posting)$/i;

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity) flatten(node.mainEntity, out, depth + 1);
}

/** All JSON-LD nodes of a page (top-level, @graph members, mainEntity), skipping blocks that do not parse. */
export function readJsonLd(html: string): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const m of html.matchAll(LD_SCRIPT)) {
    const raw = m[1].trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\s*\/\/.*$/gm, '');
    if (!raw) continue;
    try {
      flatten(JSON.parse(raw), out);
    } catch {
      // Publishers often leave raw newlines inside strings; one lenient retry.
      try {
        flatten(JSON.parse(raw.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), out);
      } catch {
        const salvaged = salvage(raw);
        if (salvaged) out.push(salvaged);
      }
    }
  }
  return out;
}

const SALVAGED_FIELDS = /"(@type|datePublished|dateModified|dateCreated|headline|articleSection)"\s*:\s*"([^"]{1,300})"/g;

/** A block that is not JSON at all (stray commas, unescaped quotes): its plain string fields are still evidence. */
function salvage(raw: string): JsonLdNode | null {
  const node: JsonLdNode = {};
  for (const m of raw.matchAll(SALVAGED_FIELDS)) {
    const key = m[1];
    if (key === '@type' ? !node[key] && ARTICLE_TYPES.test(m[2]) : !(key in node)) node[key] = m[2];
  }
  if (!node['@type'] && (node.datePublished || node.headline)) node['@type'] = 'Article';
  return node['@type'] ? node : null;
}

function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The node describing the article itself: an Article-like type first, else a WebPage with dates. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return (
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => /WebPage|ItemPage/i.test(t)) && (n.datePublished || n.headline)) ??
    null
  );
}

export function jsonLdString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return jsonLdString(value[0]);
  if (value && typeof value === 'object') {
    const o = value as JsonLdNode;
    return jsonLdString(o.name ?? o.url ?? o['@value'] ?? o.contentUrl ?? null);
  }
  return null;
}

/** Author names of a JSON-LD node (string, Person, or list of them). */
export function jsonLdAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names: string[] = [];
  for (const a of list) {
    const name = typeof a === 'string' ? a : a && typeof a === 'object' ? jsonLdString((a as JsonLdNode).name) : null;
    if (name && !/^https?:/i.test(name)) names.push(name.trim());
  }
  return names;
}

/** Breadcrumb names from a BreadcrumbList node, outermost first. */
export function jsonLdBreadcrumb(nodes: JsonLdNode[]): string[] {
  const list = nodes.find((n) => typesOf(n).includes('BreadcrumbList'));
  const items = list?.itemListElement;
  if (!Array.isArray(items)) return [];
  return items
    .map((it) => {
      const o = it as JsonLdNode;
      return { pos: Number(o.position ?? 0), name: jsonLdString(o.name ?? (o.item as JsonLdNode | undefined)?.name) };
    })
    .sort((a, b) => a.pos - b.pos)
    .map((x) => x.name)
    .filter((x): x is string => !!x);
}
