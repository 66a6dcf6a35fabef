// Reader pages: validate, call a read model, render. No logic lives here.
import { Hono } from 'hono';
import type { HttpDeps } from '../deps.ts';
import { notFound } from '../http-problem.ts';
import { readArticle } from '../read/article-read.ts';
import { readFirstRun } from '../read/first-run-read.ts';
import { readSearch, SearchUnavailableError, type SearchView } from '../read/search-read.ts';
import { readSources } from '../read/sources-read.ts';
import { readStory } from '../read/story-read.ts';
import { readStoryList } from '../read/story-list-read.ts';
import { frontPageQuery, parseId, parseRequest, searchPageQuery } from '../request-schemas.ts';
import { articlePageView } from '../views/article-page-view.ts';
import { frontPageView } from '../views/front-page-view.ts';
import { searchPageView } from '../views/search-page-view.ts';
import { sourcesPageView } from '../views/sources-page-view.ts';
import { storyPageView } from '../views/story-page-view.ts';
import type { ViewContext } from '../views/view-context.ts';
import { listStoriesOrBadCursor } from './story-list-guard.ts';

const FRONT_PAGE_SIZE = 20;
const SEARCH_PAGE_SIZE = 20;

export function pageRoutes(deps: HttpDeps): Hono {
  const app = new Hono();
  const ctx = (): ViewContext => ({
    siteTitle: deps.config.siteTitle ?? 'مرصد',
    now: deps.now ? deps.now() : new Date(),
    timeZone: deps.config.timeZone ?? 'UTC',
  });

  app.get('/', async (c) => {
    const q = parseRequest(frontPageQuery, c.req.query());
    const page = await listStoriesOrBadCursor(q.cursor, () =>
      readStoryList(deps, { limit: FRONT_PAGE_SIZE, cursor: q.cursor ?? null, order: 'rank' }),
    );
    const firstRun = q.cursor ? null : await readFirstRun(deps);
    // The panel must go as soon as a source is added, not a minute later from a cache.
    if (firstRun) c.header('Cache-Control', 'no-cache');
    return c.html(frontPageView(ctx(), page, { isFirstPage: !q.cursor, firstRun }));
  });

  app.get('/stories/:id', async (c) => {
    const story = await readStory(deps, parseId(c.req.param('id'), 'story'));
    if (!story) throw notFound('story not found');
    return c.html(storyPageView(ctx(), story));
  });

  app.get('/articles/:id', async (c) => {
    const view = await readArticle(deps, parseId(c.req.param('id'), 'article'));
    if (!view) throw notFound('article not found');
    return c.html(articlePageView(ctx(), view));
  });

  app.get('/search', async (c) => {
    const q = parseRequest(searchPageQuery, c.req.query());
    const query = (q.q ?? '').trim();
    if (!query) return c.html(searchPageView(ctx(), { query: '', view: null, problem: null }));
    if (query.length > 500) {
      return c.html(
        searchPageView(ctx(), { query: query.slice(0, 500), view: null, problem: 'الاستعلام طويل جداً؛ اختصره إلى 500 حرف على الأكثر.' }),
        400,
      );
    }
    let view: SearchView | null = null;
    let problem: string | null = null;
    let status: 200 | 503 = 200;
    try {
      view = await readSearch(deps, query, { limit: SEARCH_PAGE_SIZE, cursor: q.cursor ?? null });
    } catch (err) {
      if (!(err instanceof SearchUnavailableError)) throw err;
      console.error('search failed:', err.message);
      problem = 'البحث غير متاح الآن. حاول بعد قليل.';
      status = 503;
    }
    return c.html(searchPageView(ctx(), { query, view, problem }), status);
  });

  app.get('/sources', async (c) => c.html(sourcesPageView(ctx(), await readSources(deps))));

  return app;
}

