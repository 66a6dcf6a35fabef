// Full-text search over articles_fts (filled in next).
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchArticlesResult, SearchPlan } from '../types.ts';

export function searchArticlesSqlite(_raw: BetterSqlite3.Database, _plan: SearchPlan): Promise<SearchArticlesResult> {
  return Promise.reject(new Error('searchArticles: not implemented yet'));
}
