// Boundary of the extract stage: one page (HTML or scraped text) in, one clean article with labelled boilerplate out.

export type BoilerplateKind =
  | 'read-also' // "اقرأ أيضاً" inserts: another article pasted inside this one
  | 'related' // "مقالات مشابهة/ذات صلة" lists
  | 'source-line' // "المصدر: ..."
  | 'share' // share / follow / subscribe prompts
  | 'tags' // tag lists
  | 'navigation'
  | 'comments'
  | 'caption'
  | 'other';

export interface LinkItem {
  title: string;
  url: string | null;
}

export interface BoilerplateSegment {
  kind: BoilerplateKind;
  /** The marker text that introduced it, e.g. "إقرأ أيضاً:". */
  label: string | null;
  /** Plain text of the whole segment. */
  text: string;
  /** For read-also inserts: the inserted article's title. */
  title?: string | null;
  /** For lists: the entries. */
  items?: LinkItem[];
  /** For source lines: the named source, e.g. "الجزيرة". */
  source?: string | null;
}

export interface ExtractedArticle {
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  /** ISO 8601 */
  publishedAt: string | null;
  updatedAt: string | null;
  /** Outlet name when the page names it (og:site_name, source line). */
  sourceName: string | null;
  /** ISO 639-1 code, 'und' when unknown. */
  lang: string;
  section: string | null;
  image: string | null;
  paragraphs: string[];
  /** paragraphs joined by blank lines. */
  text: string;
  /** First paragraph(s), up to about 300 characters. */
  lead: string;
  /** Sanitized HTML of the main content: no scripts, handlers, iframes or styles; dir and lang kept. */
  html: string;
  boilerplate: BoilerplateSegment[];
}

export interface ExtractOptions {
  url?: string | null;
  /** Reference time for relative dates ("أمس", "منذ ساعتين"). */
  now?: Date;
}
