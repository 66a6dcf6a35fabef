// JSON API v1: the same read models as the pages, serialized as they are.
import { Hono } from 'hono';
import type { HttpDeps } from '../deps.ts';
import { HttpProblem, notFound } from '../http-problem.ts';
import { readArticle } from '../read/article-read.ts';
import { badQuery, readSearch, SearchUnavailableError } from '../read/search-read.ts';
import { readSources } from '../read/sources-read.ts';
import { readStory } from '../read/story-read.ts';
import { readStoryList } from '../read/story-list-read.ts';
import { parseId, parseRequest, searchQuery, storyListQuery } from '../request-schemas.ts';
import { buildOpenApiDocument } from '../openapi.ts';
import { listStoriesOrBadCursor } from './story-list-guard.ts';

export function apiRoutes(deps: HttpDeps): Hono {
  const api = new Hono();

  api.get('/stories', async (c) => {
    const q = parseRequest(storyListQuery, c.req.query());
    const page = await listStoriesOrBadCursor(q.cursor, () =>
      readStoryList(deps, { limit: q.limit, cursor: q.cursor ?? null, since: q.since ?? null, minArticles: q.min_articles, order: q.order }),
    );
    return c.json(page);
  });

  api.get('/stories/:id', async (c) => {
    const story = await readStory(deps, parseId(c.req.param('id'), 'story'));
    if (!story) throw notFound('story not found');
    return c.json(story);
  });

  api.get('/articles/:id', async (c) => {
    const view = await readArticle(deps, parseId(c.req.param('id'), 'article'));
    if (!view) throw notFound('article not found');
    return c.json({ ...view.article, story: view.story, similar: view.similar, readAlso: view.readAlso, sameStory: view.sameStory });
  });

  api.get('/search', async (c) => {
    const q = parseRequest(searchQuery, c.req.query());
    try {
      const view = await readSearch(deps, q.q, { limit: q.limit, cursor: q.cursor ?? null });
      if (view.error && view.groups.length === 0) throw badQuery(view);
      return c.json(view);
    } catch (err) {
      if (err instanceof SearchUnavailableError) {
        console.error('search failed:', err.message);
        throw new HttpProblem(503, 'search_unavailable', 'البحث غير متاح الآن؛ حاول بعد قليل.');
      }
      throw err;
    }
  });

  api.get('/sources', async (c) => c.json({ items: await readSources(deps) }));

  let openApi: object | null = null;
  api.get('/openapi.json', (c) => c.json((openApi ??= buildOpenApiDocument(deps.config.siteTitle ?? 'marsad'))));

  return api;
}
