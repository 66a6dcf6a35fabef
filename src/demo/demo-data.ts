// Loads the hand-written demo outlets and articles from demo/ and checks them, so a typo in the JSON fails loudly
// at start-up instead of producing a silently broken demo.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../text/fnv1a.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';
export type TemplateName = 'classic' | 'agency' | 'modern' | 'portal' | 'magazine';

export interface DemoOutlet {
  slug: string;
  name: string;
  tagline: string;
  city: string;
  category: string;
  format: FeedFormat;
  /** 'full' puts the article body in the feed (content:encoded / content / content_html); 'summary' only a lead. */
  feedContent: 'full' | 'summary';
  feedLinks: 'absolute' | 'relative';
  template: TemplateName;
  /** 'numeric' gives CMS-style numeric page names, 'slug' readable ones. */
  urlStyle: 'slug' | 'numeric';
  /** The outlet's local time zone, as a fixed offset: used for the dates it prints. */
  utcOffsetMinutes: number;
  digits: 'latin' | 'arabic-indic';
  monthNames: 'gregorian' | 'levantine' | 'maghrebi';
  bylinePrefix: string;
  /** The prefix for a woman's byline where Arabic marks gender (كتب / كتبت); defaults to bylinePrefix. */
  bylinePrefixFemale?: string;
  dateStyle: 'time' | 'meta' | 'text';
  meta: 'jsonld' | 'og';
  /** How the mid-article "اقرأ أيضاً" insert looks: a bare link, or a pasted lead of the other article. */
  readAlso: 'link' | 'paste';
  relatedTitle: string;
  comments: boolean;
}

export interface DemoQuote {
  speaker: string;
  text: string;
}

export interface DemoArticle {
  id: string;
  outlet: string;
  event: string;
  headline: string;
  byline?: string;
  /** 'female' picks the outlet's feminine prefix; 'desk' (a news desk or agency) is printed without a prefix. */
  bylineKind?: 'female' | 'desk';
  /** Minutes before the demo's base time. */
  publishedOffsetMinutes: number;
  section: string;
  paragraphs: string[];
  quotes?: DemoQuote[];
  image?: { caption: string; alt?: string };
  /** For the wire story: the agency credited by the outlet. */
  wireFrom?: string;
}

export interface DemoData {
  outlets: DemoOutlet[];
  articles: DemoArticle[];
  /** Article id → server path such as /afaq/news/quake-algeria.html. */
  paths: Map<string, string>;
}

export const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

const FORMATS = new Set(['rss', 'atom', 'json']);
const TEMPLATES = new Set(['classic', 'agency', 'modern', 'portal', 'magazine']);

export class DemoDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoDataError';
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DemoDataError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

/** The page name an outlet gives an article: readable slug, or a stable CMS-like number. */
export function articlePath(outlet: DemoOutlet, article: DemoArticle): string {
  const local = article.id.startsWith(`${outlet.slug}-`) ? article.id.slice(outlet.slug.length + 1) : article.id;
  const name = outlet.urlStyle === 'numeric' ? String(100000 + (fnv1a(article.id) % 900000)) : local;
  return `/${outlet.slug}/news/${name}.html`;
}

function checkOutlet(raw: unknown, where: string): DemoOutlet {
  const o = raw as DemoOutlet;
  if (!o || typeof o !== 'object') throw new DemoDataError(`${where}: outlet is not an object`);
  for (const key of ['slug', 'name', 'tagline', 'city', 'category', 'bylinePrefix', 'relatedTitle'] as const) {
    if (typeof o[key] !== 'string') throw new DemoDataError(`${where}: outlet field ${key} must be a string`);
  }
  if (!/^[a-z][a-z0-9-]*$/.test(o.slug)) throw new DemoDataError(`${where}: bad outlet slug ${o.slug}`);
  if (!FORMATS.has(o.format)) throw new DemoDataError(`${where}: outlet ${o.slug} has unknown format ${o.format}`);
  if (!TEMPLATES.has(o.template)) throw new DemoDataError(`${where}: outlet ${o.slug} has unknown template ${o.template}`);
  if (!Number.isInteger(o.utcOffsetMinutes)) throw new DemoDataError(`${where}: outlet ${o.slug} needs utcOffsetMinutes`);
  return o;
}

function checkArticle(raw: unknown, where: string, outlets: Map<string, DemoOutlet>): DemoArticle {
  const a = raw as DemoArticle;
  if (!a || typeof a !== 'object') throw new DemoDataError(`${where}: article is not an object`);
  for (const key of ['id', 'outlet', 'event', 'headline', 'section'] as const) {
    if (typeof a[key] !== 'string' || !a[key].trim()) throw new DemoDataError(`${where}: article field ${key} must be a non-empty string`);
  }
  if (!/^[a-z0-9-]+$/.test(a.id)) throw new DemoDataError(`${where}: bad article id ${a.id}`);
  if (!outlets.has(a.outlet)) throw new DemoDataError(`${where}: article ${a.id} names unknown outlet ${a.outlet}`);
  if (!Number.isFinite(a.publishedOffsetMinutes) || a.publishedOffsetMinutes < 0) {
    throw new DemoDataError(`${where}: article ${a.id} needs publishedOffsetMinutes >= 0`);
  }
  if (a.bylineKind !== undefined && a.bylineKind !== 'female' && a.bylineKind !== 'desk') {
    throw new DemoDataError(`${where}: article ${a.id} has unknown bylineKind ${String(a.bylineKind)}`);
  }
  if (!Array.isArray(a.paragraphs) || a.paragraphs.length < 2 || a.paragraphs.some((p) => typeof p !== 'string' || !p.trim())) {
    throw new DemoDataError(`${where}: article ${a.id} needs at least two non-empty paragraphs`);
  }
  return a;
}

/** Reads demo/outlets.json and every demo/articles/*.json (each an array of articles). */
export function loadDemoData(dir: string = DEMO_DIR): DemoData {
  const rawOutlets = readJson(join(dir, 'outlets.json'));
  if (!Array.isArray(rawOutlets)) throw new DemoDataError('outlets.json must hold an array');
  const outlets = rawOutlets.map((o, i) => checkOutlet(o, `outlets.json[${i}]`));
  const bySlug = new Map(outlets.map((o) => [o.slug, o]));
  if (bySlug.size !== outlets.length) throw new DemoDataError('outlets.json has a repeated slug');

  const articles: DemoArticle[] = [];
  const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const raw = readJson(join(dir, 'articles', file));
    if (!Array.isArray(raw)) throw new DemoDataError(`articles/${file} must hold an array of articles`);
    raw.forEach((a, i) => articles.push(checkArticle(a, `articles/${file}[${i}]`, bySlug)));
  }

  const paths = new Map<string, string>();
  const seenPaths = new Set<string>();
  for (const a of articles) {
    if (paths.has(a.id)) throw new DemoDataError(`article id ${a.id} is used twice`);
    const path = articlePath(bySlug.get(a.outlet)!, a);
    if (seenPaths.has(path)) throw new DemoDataError(`article ${a.id} collides on path ${path}`);
    seenPaths.add(path);
    paths.set(a.id, path);
  }
  return { outlets, articles, paths };
}
