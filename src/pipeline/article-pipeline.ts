// The one path every article takes after extraction, whoever calls it (poll, import, workers):
// duplicates at the door → Arabic analysis → story decision → one store transaction. Polls and imports take the same
// path in two steps — stored now (searchable, story pending), decided once the round has settled or the import has
// stored every record, in an order arrival cannot change (src/pipeline/pending-stories.ts) — so one process or many
// workers, one run or a run killed and restarted, give the same stories.
import type { ExtractedArticle } from '../extract/types.ts';
import type { FeedItem } from '../ingest/types.ts';
import type { NewArticle, Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';
import { canonicalizeUrl } from '../ingest/canonical-url.ts';
import { contentFingerprint } from '../ingest/content-fingerprint.ts';
import { analyze, indexTerms } from '../text/analyze.ts';
import { buildStoryDoc } from '../stories/story-doc.ts';
import { storyTextAnalyzer } from './story-analyzer.ts';
import { groupPending, groupPendingInBatches, type GroupPendingOptions, type GroupPendingResult } from './pending-stories.ts';

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

/** What storing without a story decision gives: the story comes later (`groupPending`). */
export type StoreOutcome =
  | { status: 'new'; articleId: number }
  | { status: 'duplicate'; articleId: number; reason: 'url' | 'fingerprint' }
  | { status: 'rejected'; reason: string };

type Prepared =
  | { done: Exclude<IngestOutcome, { status: 'new' }> }
  | { done: null; article: NewArticle; doc: { sourceId: number; time: number; title: string; lead: string; text: string; byline: string | null } };

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
  /** `engine` may be null for a process that only stores (a fetch worker): it decides no story. */
  constructor(
    private readonly store: Store,
    private engine: StoryEngine | null,
  ) {}

  private decider(): StoryEngine {
    if (!this.engine) throw new Error('this pipeline stores articles but has no story engine to decide their stories');
    return this.engine;
  }

  /** Stores the article with its story decision in one transaction (the decision order is the call order). */
  async ingest(candidate: ArticleCandidate): Promise<IngestOutcome> {
    const engine = this.decider();
    const p = await this.prepare(candidate);
    if (p.done) return p.done;
    const result = await this.store.insertArticle(p.article, (articleId) => engine.assign(buildStoryDoc({ articleId, ...p.doc }, storyTextAnalyzer)));
    if (result.existing) return { status: 'duplicate', articleId: result.articleId, reason: 'url' };
    return { status: 'new', articleId: result.articleId, storyId: result.decision.storyId, duplicateOf: result.decision.duplicateOf };
  }

  /** Stores the article now, searchable, its story pending until `groupPending` (polls, queue workers). */
  async storePending(candidate: ArticleCandidate): Promise<StoreOutcome> {
    const p = await this.prepare(candidate);
    if (p.done) return p.done;
    const result = await this.store.insertPendingArticle(p.article);
    if (result.existing === 'fingerprint') await this.store.addArticleAlias(result.articleId, candidate.url);
    if (result.existing) return { status: 'duplicate', articleId: result.articleId, reason: result.existing };
    return { status: 'new', articleId: result.articleId };
  }

  /** Decides every pending article in canonical order (call once a poll round has settled). */
  async groupPending(options: GroupPendingOptions = {}): Promise<GroupPendingResult> {
    return groupPending(this.store, this.decider(), options);
  }

  /**
   * Decides every pending article in canonical order, in batches each decided by an engine restored from the store and
   * committed in one transaction (import: see groupPendingInBatches). This pipeline then goes on with the last batch's
   * engine, the one in step with the store.
   */
  async groupPendingInBatches(batchSize?: number, options: { onBatch?: (decided: number) => void } = {}): Promise<{ decided: number; batches: number }> {
    const result = await groupPendingInBatches(this.store, batchSize, options);
    if (result.engine) this.engine = result.engine;
    return { decided: result.decided, batches: result.batches };
  }

  /** Duplicates at the door, then the analysis that goes into the store. */
  private async prepare(candidate: ArticleCandidate): Promise<Prepared> {
    const { extracted, feedItem } = candidate;
    let canonical: string;
    let ownCanonical: string;
    try {
      ownCanonical = canonicalKey(candidate.url);
      canonical = extracted.canonicalUrl ? canonicalKey(extracted.canonicalUrl) : ownCanonical;
    } catch {
      return { done: { status: 'rejected', reason: `invalid URL: ${candidate.url}` } };
    }
    const byUrl = (await this.store.findArticleIdByCanonicalUrl(canonical)) ?? (canonical !== ownCanonical ? await this.store.findArticleIdByCanonicalUrl(ownCanonical) : null);
    if (byUrl !== null) return { done: { status: 'duplicate', articleId: byUrl, reason: 'url' } };

    const title = (extracted.title || feedItem?.title || '').trim();
    const text = extracted.text.trim();
    if (!title && !text) return { done: { status: 'rejected', reason: 'no title and no text' } };
    const minText = candidate.minTextChars ?? MIN_TEXT_CHARS;
    if (text.length < minText || (!title && text.length < MIN_TEXT_CHARS)) return { done: { status: 'rejected', reason: `text too short (${text.length} characters)` } };

    // The same text from the same outlet under another URL is one article reached twice (two feeds, a moved page).
    // From another outlet it is a republished wire copy: stored, and folded by the story stage.
    const fingerprint = contentFingerprint(title, text, extracted.image ?? feedItem?.image ?? canonical);
    const byFingerprint = await this.store.findArticleIdByFingerprint(fingerprint);
    if (byFingerprint !== null && (await this.store.getArticle(byFingerprint))?.sourceId === candidate.sourceId) {
      // Its URL stays known as another address of the stored article: stories list it, so any URL maps to its story.
      await this.store.addArticleAlias(byFingerprint, candidate.url);
      return { done: { status: 'duplicate', articleId: byFingerprint, reason: 'fingerprint' } };
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
    const docTime = Number.isFinite(time) ? time : candidate.fetchedAt.getTime();
    return { done: null, article, doc: { sourceId: candidate.sourceId, time: docTime, title: article.title, lead, text, byline: article.byline } };
  }
}
