// The one path every article takes after extraction, whoever calls it (poll, import, workers):
// duplicates at the door → Arabic analysis → story decision → one store transaction.
import type { ExtractedArticle } from '../extract/types.ts';
import type { FeedItem } from '../ingest/types.ts';
import type { NewArticle, Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';
import { canonicalizeUrl } from '../ingest/canonical-url.ts';
import { contentFingerprint } from '../ingest/content-fingerprint.ts';
import { analyze, indexTerms } from '../text/analyze.ts';
import { buildStoryDoc } from '../stories/story-doc.ts';
import { storyTextAnalyzer } from './story-analyzer.ts';

export interface ArticleCandidate {
  sourceId: number;
  /** URL as found (feed link, page URL, record URL); kept verbatim as the article's url. */
  url: string;
  extracted: ExtractedArticle;
  fetchedAt: Date;
  /** Feed metadata, used where the page itself says nothing. */
  feedItem?: FeedItem | null;
  /**
   * Body text below this many characters is not an article (an error page, a teaser, a gallery). Article records
   * from archives set 0: a titled news brief is still news.
   */
  minTextChars?: number;
}

export type IngestOutcome =
  | { status: 'new'; articleId: number; storyId: number; duplicateOf: number | null }
  | { status: 'duplicate'; articleId: number; reason: 'url' | 'fingerprint' }
  | { status: 'rejected'; reason: string };

/** Web URLs are canonicalized (tracking parameters, AMP, http/https…); local files keep their path. */
function canonicalKey(url: string): string {
  return /^https?:/i.test(url) ? canonicalizeUrl(url) : new URL(url).href;
}

/** A page may claim a time a little ahead of our clock (clock skew); further ahead it is a local time misread. */
const FUTURE_SKEW_MS = 15 * 60_000;

/**
 * The page's date, else the feed's, as UTC ISO. A date in the future (a local time without its zone, a typo) is not
 * believed: the feed's date or the fetch time stands in.
 */
function publicationTime(pageDate: string | null, feedDate: Date | null, fetchedAt: Date): string | null {
  const limit = fetchedAt.getTime() + FUTURE_SKEW_MS;
  for (const d of [pageDate ? new Date(pageDate) : null, feedDate]) {
    if (d && Number.isFinite(d.getTime()) && d.getTime() <= limit) return d.toISOString();
  }
  return pageDate || feedDate ? fetchedAt.toISOString() : null;
}

const MIN_TEXT_CHARS = 80;

export class ArticlePipeline {
  constructor(
    private readonly store: Store,
    private readonly engine: StoryEngine,
  ) {}

  async ingest(candidate: ArticleCandidate): Promise<IngestOutcome> {
    const { extracted, feedItem } = candidate;
    let canonical: string;
    let ownCanonical: string;
    try {
      ownCanonical = canonicalKey(candidate.url);
      canonical = extracted.canonicalUrl ? canonicalKey(extracted.canonicalUrl) : ownCanonical;
    } catch {
      return { status: 'rejected', reason: `invalid URL: ${candidate.url}` };
    }
    const byUrl = (await this.store.findArticleIdByCanonicalUrl(canonical)) ?? (canonical !== ownCanonical ? await this.store.findArticleIdByCanonicalUrl(ownCanonical) : null);
    if (byUrl !== null) return { status: 'duplicate', articleId: byUrl, reason: 'url' };

    const title = (extracted.title || feedItem?.title || '').trim();
    const text = extracted.text.trim();
    if (!title && !text) return { status: 'rejected', reason: 'no title and no text' };
    const minText = candidate.minTextChars ?? MIN_TEXT_CHARS;
    if (text.length < minText || (!title && text.length < MIN_TEXT_CHARS)) return { status: 'rejected', reason: `text too short (${text.length} characters)` };

    // The same text from the same outlet under another URL is one article reached twice (two feeds, a moved page).
    // From another outlet it is a republished wire copy: stored, and folded by the story stage.
    const fingerprint = contentFingerprint(title, text);
    const byFingerprint = await this.store.findArticleIdByFingerprint(fingerprint);
    if (byFingerprint !== null && (await this.store.getArticle(byFingerprint))?.sourceId === candidate.sourceId) {
      return { status: 'duplicate', articleId: byFingerprint, reason: 'fingerprint' };
    }

    const published = publicationTime(extracted.publishedAt, feedItem?.published ?? null, candidate.fetchedAt);
    const time = published ? Date.parse(published) : candidate.fetchedAt.getTime();
    const titleTerms = indexTerms(title);
    const bodyTerms = indexTerms(text);
    const analysis = analyze(text, { reference: new Date(Number.isFinite(time) ? time : candidate.fetchedAt.getTime()), dates: false });
    const lead = extracted.lead || feedItem?.summary || text.slice(0, 300);
    const leadTerms = indexTerms(lead);

    const article: NewArticle = {
      url: candidate.url,
      canonicalUrl: canonical,
      sourceId: candidate.sourceId,
      title: title || lead.slice(0, 120),
      byline: extracted.byline ?? feedItem?.author ?? null,
      publishedAt: published,
      fetchedAt: candidate.fetchedAt.toISOString(),
      lang: extracted.lang && extracted.lang !== 'und' ? extracted.lang : analysis.lang,
      text,
      html: extracted.html,
      lead,
      image: extracted.image ?? feedItem?.image ?? null,
      section: extracted.section,
      fingerprint,
      titleSurface: titleTerms.surface.join(' '),
      titleStems: titleTerms.stems.join(' '),
      leadSurface: leadTerms.surface.join(' '),
      leadStems: leadTerms.stems.join(' '),
      bodySurface: bodyTerms.surface.join(' '),
      bodyStems: bodyTerms.stems.join(' '),
      entities: analysis.entities,
      quotes: analysis.quotes,
      boilerplate: extracted.boilerplate,
    };
    const result = await this.store.insertArticle(article, (articleId) =>
      this.engine.assign(
        buildStoryDoc(
          { articleId, sourceId: candidate.sourceId, time: Number.isFinite(time) ? time : candidate.fetchedAt.getTime(), title: article.title, lead, text },
          storyTextAnalyzer,
        ),
      ),
    );
    if ('existing' in result && (result as { existing?: boolean }).existing) return { status: 'duplicate', articleId: result.articleId, reason: 'url' };
    return { status: 'new', articleId: result.articleId, storyId: result.decision.storyId, duplicateOf: result.decision.duplicateOf };
  }
}
