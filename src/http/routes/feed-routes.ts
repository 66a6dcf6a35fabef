// Atom feeds out: the front page, one story, one source, one search. Same read models as the pages.
import { Hono, type Context } from 'hono';
import type { HttpDeps } from '../deps.ts';
import { renderAtomFeed, type AtomEntryInput } from '../feeds/atom-feed.ts';
import { HttpProblem, notFound } from '../http-problem.ts';
import { badQuery, readSearch, SearchUnavailableError } from '../read/search-read.ts';
import { readSourceArticles } from '../read/source-articles-read.ts';
import { readStory } from '../read/story-read.ts';
import { readStoryList } from '../read/story-list-read.ts';
import { parseId, parseRequest, searchQuery } from '../request-schemas.ts';
import { safeExternalUrl } from '../safe-url.ts';

const FEED_SIZE = 30;

function origin(c: Context, deps: HttpDeps): string {
  return (deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}

function atom(c: Context, xml: string) {
  c.header('Content-Type', 'application/atom+xml; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(xml);
}

function stripMarks(snippet: string): string {
  return snippet
    .replace(/<\/?mark>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function feedRoutes(deps: HttpDeps): Hono {
  const app = new Hono();
  const siteTitle = () => deps.config.siteTitle ?? 'مرصد';

  app.get('/feeds/stories.atom', async (c) => {
    const base = origin(c, deps);
    const page = await readStoryList(deps, { limit: FEED_SIZE, order: 'rank' });
    const entries: AtomEntryInput[] = page.items.map((s) => ({
      id: `${base}/stories/${s.id}`,
      title: s.headline,
      url: `${base}/stories/${s.id}`,
      summary: [s.lead, `المصادر: ${s.outlets.join('، ')}`].filter(Boolean).join('\n\n'),
      published: s.firstSeenAt,
      updated: s.lastSeenAt,
      authors: s.outlets,
    }));
    return atom(
      c,
      renderAtomFeed({
        id: `${base}/feeds/stories.atom`,
        title: `${siteTitle()}: أبرز القصص`,
        selfUrl: `${base}/feeds/stories.atom`,
        alternateUrl: `${base}/`,
        updated: null,
        author: siteTitle(),
        entries,
      }),
    );
  });

  app.get('/stories/:id/feed.atom', async (c) => {
    const base = origin(c, deps);
    const story = await readStory(deps, parseId(c.req.param('id'), 'story'));
    if (!story) throw notFound('story not found');
    const entries: AtomEntryInput[] = story.articles
      .slice()
      .reverse()
      .map((a) => ({
        id: `${base}/articles/${a.id}`,
        title: a.title,
        url: safeExternalUrl(a.url) ?? `${base}/articles/${a.id}`,
        relatedUrl: `${base}/articles/${a.id}`,
        summary: a.alsoPublishedIn.length ? `نُشر أيضاً في: ${a.alsoPublishedIn.map((x) => x.source).join('، ')}` : null,
        published: a.publishedAt,
        updated: a.publishedAt ?? story.lastSeenAt,
        authors: [a.source],
      }));
    return atom(
      c,
      renderAtomFeed({
        id: `${base}/stories/${story.id}/feed.atom`,
        title: story.headline,
        subtitle: story.lead,
        selfUrl: `${base}/stories/${story.id}/feed.atom`,
        alternateUrl: `${base}/stories/${story.id}`,
        updated: story.lastSeenAt,
        author: siteTitle(),
        entries,
      }),
    );
  });

  app.get('/sources/:id/feed.atom', async (c) => {
    const base = origin(c, deps);
    const id = parseId(c.req.param('id'), 'source');
    const source = await deps.store.getSource(id);
    if (!source) throw notFound('source not found');
    const articles = await readSourceArticles(deps, id, FEED_SIZE);
    return atom(
      c,
      renderAtomFeed({
        id: `${base}/sources/${id}/feed.atom`,
        title: `${source.name} — ${siteTitle()}`,
        selfUrl: `${base}/sources/${id}/feed.atom`,
        alternateUrl: safeExternalUrl(source.siteUrl) ?? `${base}/sources`,
        updated: null,
        author: source.name,
        entries: articles.map((a) => ({
          id: `${base}/articles/${a.id}`,
          title: a.title,
          url: safeExternalUrl(a.url) ?? `${base}/articles/${a.id}`,
          relatedUrl: `${base}/articles/${a.id}`,
          published: a.publishedAt,
          updated: a.publishedAt ?? new Date(0).toISOString(),
          authors: [a.source],
        })),
      }),
    );
  });

  app.get('/search/feed.atom', async (c) => {
    const base = origin(c, deps);
    const q = parseRequest(searchQuery.pick({ q: true }), c.req.query());
    let view;
    try {
      view = await readSearch(deps, q.q, { limit: FEED_SIZE, cursor: null });
    } catch (err) {
      if (err instanceof SearchUnavailableError) throw new HttpProblem(503, 'search_unavailable', 'البحث غير متاح الآن؛ حاول بعد قليل.');
      throw err;
    }
    if (view.error && view.groups.length === 0) throw badQuery(view);
    const self = `${base}/search/feed.atom?q=${encodeURIComponent(q.q)}`;
    return atom(
      c,
      renderAtomFeed({
        id: self,
        title: `بحث «${q.q}» — ${siteTitle()}`,
        selfUrl: self,
        alternateUrl: `${base}/search?q=${encodeURIComponent(q.q)}`,
        updated: null,
        author: siteTitle(),
        entries: view.groups.map((g) => ({
          id: `${base}/articles/${g.hit.articleId}`,
          title: g.hit.title,
          url: safeExternalUrl(g.hit.url) ?? `${base}/articles/${g.hit.articleId}`,
          relatedUrl: `${base}/articles/${g.hit.articleId}`,
          summary: g.hit.snippet ? stripMarks(g.hit.snippet) : null,
          published: g.hit.publishedAt,
          updated: g.hit.publishedAt ?? new Date(0).toISOString(),
          authors: [g.hit.source],
        })),
      }),
    );
  });

  return app;
}
