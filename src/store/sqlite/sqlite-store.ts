// The SQLite Store: Kysely (over better-sqlite3) for reads and small writes; the raw handle, synchronously, for the
// multi-statement write units (insertArticle, removeSource, replaceStoryAssignments) so each is one real transaction.
// Kysely transactions are never used after migration: an async transaction could interleave with a synchronous one.
import { assembleStorySummaries, type StoryMemberRow } from '../story-summaries.ts';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { QuoteMention } from '../../text/types.ts';
import type { StoryDecision } from '../../stories/types.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type {
  ArticleRow, BackupResult, DoctorReport, EntityRow, PruneResult, FetchLogEntry, FetchLogRow, InsertArticleResult, InsertPendingResult, NewArticle, NewSource, Page, SearchArticlesResult,
  SearchIndexOptimizeOptions, SearchIndexOptimizeResult, SearchPlan, SourceRow, Store, StoredStoryDocRow, StoryListOptions, StorySummary,
} from '../types.ts';
import { optimizeSqliteSearch } from './search-optimize.ts';
import { ArticleWriter } from './article-writer.ts';
import { sqliteMigrations } from './migrations/migration-list.ts';
import type { Database } from './schema.ts';
import { searchArticlesSqlite } from './search-articles.ts';
import { defaultSourceName, sourcePatchToColumns, toSourceRow } from './source-rows.ts';
import { StoryBookkeeping } from './story-bookkeeping.ts';
import { sqliteBackup, sqliteDoctor, sqlitePruneArticles } from './maintenance.ts';
import { SqliteSearchReindex } from './search-reindex.ts';
import type { MetaKey, ReindexArticleRow, SearchTermsRewrite } from '../types.ts';

const FTS_COLUMNS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';
const HEAD_COLUMNS = 'title_surface, title_stems, lead_surface, lead_stems';

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: Kysely<Database>;
  readonly raw: BetterSqlite3.Database;
  private writer: ArticleWriter | null = null;
  private bookkeeping: StoryBookkeeping | null = null;

  constructor(raw: BetterSqlite3.Database, db: Kysely<Database>) {
    this.raw = raw;
    this.db = db;
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: sqliteMigrations });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      throw new Error(`Database migration ${failed ? `"${failed}" ` : ''}failed: ${(error as Error).message ?? error}`);
    }
    // Statements are prepared against the final schema.
    this.bookkeeping = new StoryBookkeeping(this.raw);
    this.writer = new ArticleWriter(this.raw, this.bookkeeping);
  }

  async close(): Promise<void> {
    await this.db.destroy();
    if (this.raw.open) this.raw.close();
  }

  private get stories(): StoryBookkeeping {
    if (!this.bookkeeping) throw new Error('Store used before migrate()');
    return this.bookkeeping;
  }

  // ---- sources -------------------------------------------------------------------------------------------------

  /** Adding a URL that is already a source returns the existing row unchanged. */
  async addSource(source: NewSource): Promise<SourceRow> {
    const url = String(source.url ?? '').trim();
    if (!url) throw new Error('addSource: url is empty');
    const existing = await this.getSource(url);
    if (existing) return existing;
    const row = await this.db
      .insertInto('sources')
      .values({
        url,
        name: source.name?.trim() || defaultSourceName(url),
        kind: source.kind ?? 'feed',
        category: source.category ?? null,
        site_url: source.siteUrl ?? null,
        etag: null,
        last_modified: null,
        next_poll_at: null,
        last_polled_at: null,
        last_success_at: null,
        last_error: null,
        last_error_at: null,
        full_text: source.fullText === false ? 0 : 1,
        demo: source.demo ? 1 : 0,
        created_at: new Date().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSourceRow(row);
  }

  async listSources(): Promise<SourceRow[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toSourceRow);
  }

  async getSource(idOrUrl: number | string): Promise<SourceRow | null> {
    const row = await this.db
      .selectFrom('sources')
      .selectAll()
      .where(typeof idOrUrl === 'number' ? 'id' : 'url', '=', idOrUrl as never)
      .executeTakeFirst();
    return row ? toSourceRow(row) : null;
  }

  /** Removes the source with its fetch log and articles; stories losing articles are recomputed (or dropped if empty). */
  async removeSource(idOrUrl: number | string): Promise<boolean> {
    const source = await this.getSource(idOrUrl);
    if (!source) return false;
    const raw = this.raw;
    raw.transaction(() => {
      const ids = (raw.prepare(`SELECT id FROM articles WHERE source_id = ?`).all(source.id) as { id: number }[]).map((r) => r.id);
      const storyIds = new Set(
        (raw
          .prepare(`SELECT DISTINCT sm.story_id AS s FROM story_members sm JOIN articles a ON a.id = sm.article_id WHERE a.source_id = ?`)
          .all(source.id) as { s: number }[]).map((r) => r.s),
      );
      const ftsDelete = raw.prepare(
        `INSERT INTO articles_fts (articles_fts, rowid, ${FTS_COLUMNS})
         SELECT 'delete', id, ${FTS_COLUMNS} FROM articles WHERE id = ?`,
      );
      const headsDelete = raw.prepare(
        `INSERT INTO heads_fts (heads_fts, rowid, ${HEAD_COLUMNS})
         SELECT 'delete', id, ${HEAD_COLUMNS} FROM articles WHERE id = ?`,
      );
      for (const id of ids) {
        ftsDelete.run(id);
        headsDelete.run(id);
      }
      raw.prepare(`DELETE FROM articles WHERE source_id = ?`).run(source.id);
      raw.prepare(`DELETE FROM sources WHERE id = ?`).run(source.id);
      for (const s of storyIds) this.stories.refresh(s);
    }).immediate();
    return true;
  }

  async updateSource(id: number, patch: Partial<Omit<SourceRow, 'id' | 'createdAt'>>): Promise<void> {
    const values = sourcePatchToColumns(patch);
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable('sources').set(values).where('id', '=', id).execute();
  }

  async recordFetch(entry: FetchLogEntry): Promise<void> {
    await this.db
      .insertInto('fetches')
      .values({
        source_id: entry.sourceId,
        url: entry.url,
        started_at: entry.startedAt,
        finished_at: entry.finishedAt,
        status: entry.status,
        http_status: entry.httpStatus,
        bytes: entry.bytes,
        new_articles: entry.newArticles,
        error: entry.error,
      })
      .execute();
  }

  async listFetches(options: { sourceId?: number | null; limit?: number } = {}): Promise<FetchLogRow[]> {
    let q = this.db.selectFrom('fetches').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(options.limit ?? 50);
    if (options.sourceId != null) q = q.where('source_id', '=', options.sourceId);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      sourceId: r.source_id,
      url: r.url,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      status: r.status as FetchLogEntry['status'],
      httpStatus: r.http_status,
      bytes: r.bytes,
      newArticles: r.new_articles,
      error: r.error,
    }));
  }

  // ---- articles ------------------------------------------------------------------------------------------------

  async findArticleIdByCanonicalUrl(canonicalUrl: string): Promise<number | null> {
    const r = await this.db.selectFrom('articles').select('id').where('canonical_url', '=', canonicalUrl).executeTakeFirst();
    return r?.id ?? null;
  }

  async addArticleAlias(articleId: number, url: string): Promise<void> {
    await this.db.insertInto('article_aliases').values({ url, article_id: articleId }).onConflict((oc) => oc.column('url').doNothing()).execute();
  }

  async findArticleIdByFingerprint(fingerprint: string): Promise<number | null> {
    const r = await this.db
      .selectFrom('articles')
      .select('id')
      .where('fingerprint', '=', fingerprint)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return r?.id ?? null;
  }

  async insertArticle(article: NewArticle, decide: (articleId: number) => StoryDecision): Promise<InsertArticleResult> {
    if (!this.writer) throw new Error('Store used before migrate()');
    return this.writer.insert(article, decide);
  }

  async insertPendingArticle(article: NewArticle): Promise<InsertPendingResult> {
    if (!this.writer) throw new Error('Store used before migrate()');
    return this.writer.insertPending(article);
  }

  async decidePendingArticle(articleId: number, decide: (articleId: number) => StoryDecision): Promise<StoryDecision | null> {
    if (!this.writer) throw new Error('Store used before migrate()');
    return this.writer.decidePending(articleId, decide);
  }

  async applyStoryDecisions(decisions: { articleId: number; decision: StoryDecision }[]): Promise<boolean> {
    if (!this.writer) throw new Error('Store used before migrate()');
    return this.writer.applyDecisions(decisions);
  }

  private articlesByIdStmt: BetterSqlite3.Statement | null = null;

  private articleQuery() {
    return this.db
      .selectFrom('articles as a')
      .innerJoin('sources as s', 's.id', 'a.source_id')
      .leftJoin('story_members as sm', 'sm.article_id', 'a.id')
      .select([
        'a.id', 'a.url', 'a.canonical_url', 'a.source_id', 's.name as source_name', 'a.title', 'a.byline', 'a.published_at',
        'a.fetched_at', 'a.lang', 'a.text', 'a.html_clean', 'a.lead', 'a.image', 'a.section', 'a.fingerprint',
        'a.duplicate_of', 'sm.story_id', 'a.boilerplate',
      ]);
  }

  async getArticle(id: number): Promise<ArticleRow | null> {
    const r = await this.articleQuery().where('a.id', '=', id).executeTakeFirst();
    return r ? toArticleRow(r) : null;
  }

  async getArticleByUrl(url: string): Promise<ArticleRow | null> {
    const r = await this.articleQuery()
      .where((eb) => eb.or([eb('a.canonical_url', '=', url), eb('a.url', '=', url)]))
      .orderBy('a.id')
      .limit(1)
      .executeTakeFirst();
    return r ? toArticleRow(r) : null;
  }

  /** In the order of `ids`; unknown ids are skipped. */
  async getArticles(ids: number[]): Promise<ArticleRow[]> {
    if (ids.length === 0) return [];
    // The query articleQuery() builds, prepared once: search reads a page of articles per query, and building and
    // compiling it through Kysely each time cost more than reading the rows.
    this.articlesByIdStmt ??= this.raw.prepare(
      `SELECT a.id, a.url, a.canonical_url, a.source_id, s.name AS source_name, a.title, a.byline, a.published_at, a.fetched_at,
              a.lang, a.text, a.html_clean, a.lead, a.image, a.section, a.fingerprint, a.duplicate_of, sm.story_id, a.boilerplate
       FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN story_members sm ON sm.article_id = a.id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    );
    const rows = (this.articlesByIdStmt.all(JSON.stringify(ids)) as Parameters<typeof toArticleRow>[0][]).map(toArticleRow);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ArticleRow => r !== undefined);
  }

  async listStoryDocs(options: { since?: string | null; until?: string | null; pending?: boolean } = {}): Promise<StoredStoryDocRow[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (options.since) { where.push('a.sort_time >= ?'); params.push(options.since); }
    if (options.until) { where.push('a.sort_time <= ?'); params.push(options.until); }
    if (options.pending) where.push('sm.story_id IS NULL');
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = this.raw
      .prepare(
        `SELECT a.id, a.source_id, a.canonical_url, a.sort_time, a.title, a.byline, a.lead, a.text, a.title_stems, a.body_stems, a.duplicate_of,
                sm.story_id, (SELECT group_concat(entity_id, char(31)) FROM article_entities WHERE article_id = a.id) AS ents
         FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id ${clause}
         ORDER BY a.sort_time, a.id`,
      )
      .all(...params) as {
      id: number; source_id: number; canonical_url: string; sort_time: string; title: string; byline: string | null; lead: string; text: string; title_stems: string;
      body_stems: string; duplicate_of: number | null; story_id: number | null; ents: string | null;
    }[];
    return rows.map((r) => ({
      articleId: r.id,
      sourceId: r.source_id,
      canonicalUrl: r.canonical_url,
      time: r.sort_time,
      title: r.title,
      byline: r.byline,
      lead: r.lead,
      text: r.text,
      titleStems: r.title_stems,
      bodyStems: r.body_stems,
      entityIds: r.ents ? r.ents.split('\u001f').sort() : [],
      storyId: r.story_id,
      duplicateOf: r.duplicate_of,
    }));
  }

  async listPendingStoryKeys(): Promise<{ articleId: number; time: string; canonicalUrl: string }[]> {
    return this.raw
      .prepare(
        `SELECT a.id AS articleId, a.sort_time AS time, a.canonical_url AS canonicalUrl FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.article_id = a.id)`,
      )
      .all() as { articleId: number; time: string; canonicalUrl: string }[];
  }

  async storyExtent(): Promise<{ latestGrouped: string | null; maxStoryId: number }> {
    const r = this.raw
      .prepare(`SELECT max(a.sort_time) AS latest, max(sm.story_id) AS top FROM story_members sm JOIN articles a ON a.id = sm.article_id`)
      .get() as { latest: string | null; top: number | null };
    return { latestGrouped: r.latest, maxStoryId: r.top ?? 0 };
  }

  async countArticles(options: { state?: 'pending' | 'grouped' } = {}): Promise<number> {
    if (options.state === 'grouped') return (this.raw.prepare(`SELECT count(*) AS n FROM story_members`).get() as { n: number }).n;
    if (options.state === 'pending') {
      return (this.raw.prepare(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.article_id = a.id)`).get() as { n: number }).n;
    }
    const r = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  // ---- stories -------------------------------------------------------------------------------------------------

  /**
   * `since`/`until` select stories whose span overlaps the window (last seen ≥ since, first seen ≤ until).
   * Keyset pagination: the cursor holds the last row's sort key, so pages stay consistent while stories are added.
   */
  async listStories(options: StoryListOptions): Promise<Page<StorySummary>> {
    const order = options.order ?? 'rank';
    const limit = Math.max(1, Math.min(500, Math.floor(options.limit || 20)));
    let q = this.db.selectFrom('stories').selectAll();
    if (options.since) q = q.where('last_seen_at', '>=', options.since);
    if (options.until) q = q.where('first_seen_at', '<=', options.until);
    if (options.minArticles && options.minArticles > 1) q = q.where('size', '>=', options.minArticles);
    if (options.cursor) {
      if (order === 'rank') {
        const c = decodeCursor(options.cursor, { o: 'number', t: 'string', i: 'number' });
        q = q.where((eb) =>
          eb.or([
            eb('outlets', '<', c.o),
            eb.and([eb('outlets', '=', c.o), eb('last_seen_at', '<', c.t)]),
            eb.and([eb('outlets', '=', c.o), eb('last_seen_at', '=', c.t), eb('id', '<', c.i)]),
          ]),
        );
      } else {
        const c = decodeCursor(options.cursor, { t: 'string', i: 'number' });
        q = q.where((eb) => eb.or([eb('last_seen_at', '<', c.t), eb.and([eb('last_seen_at', '=', c.t), eb('id', '<', c.i)])]));
      }
    }
    if (order === 'rank') q = q.orderBy('outlets', 'desc');
    q = q.orderBy('last_seen_at', 'desc').orderBy('id', 'desc').limit(limit + 1);
    const rows = await q.execute();
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      more && last
        ? encodeCursor(order === 'rank' ? { o: last.outlets, t: last.last_seen_at, i: last.id } : { t: last.last_seen_at, i: last.id })
        : null;
    return { items: await this.summaries(page), nextCursor };
  }

  async getStory(id: number): Promise<StorySummary | null> {
    const row = await this.db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return (await this.summaries([row]))[0] ?? null;
  }

  private async summaries(stories: { id: number; headline_article_id: number | null; first_seen_at: string; last_seen_at: string; size: number }[]): Promise<StorySummary[]> {
    if (stories.length === 0) return [];
    const ids = stories.map((s) => s.id);
    // Short columns from the covering index (migration 0005); the lead lies past the article text in the row, so it is
    // read only for the articles that can head a story: the pinned headline, or else the earliest member.
    const members = this.raw
      .prepare(
        `SELECT sm.story_id, a.id, a.url, a.source_id, s.name AS source, a.title, a.published_at, a.duplicate_of, a.image
         FROM story_members sm JOIN articles AS a INDEXED BY articles_story_card ON a.id = sm.article_id
         JOIN sources s ON s.id = a.source_id
         WHERE sm.story_id IN (${ids.map(() => '?').join(', ')})
         ORDER BY a.sort_time, a.id`,
      )
      .all(...ids) as Omit<StoryMemberRow, 'lead'>[];
    const memberIds = new Set(members.map((m) => m.id));
    const heads = new Set<number>();
    const seen = new Set<number>();
    for (const m of members) {
      if (!seen.has(m.story_id)) heads.add(m.id);
      seen.add(m.story_id);
    }
    for (const s of stories) if (s.headline_article_id != null && memberIds.has(s.headline_article_id)) heads.add(s.headline_article_id);
    const leads = new Map<number, string>();
    if (heads.size) {
      const rows = this.raw
        .prepare(`SELECT id, lead FROM articles WHERE id IN (${[...heads].map(() => '?').join(', ')})`)
        .all(...heads) as { id: number; lead: string }[];
      for (const r of rows) leads.set(r.id, r.lead);
    }
    // By story, as the members were read: as many bound values, however many members the stories hold.
    const aliases = this.raw
      .prepare(`SELECT al.article_id, al.url FROM article_aliases al JOIN story_members sm ON sm.article_id = al.article_id
                WHERE sm.story_id IN (${ids.map(() => '?').join(', ')})`)
      .all(...ids) as { article_id: number; url: string }[];
    return assembleStorySummaries(stories, members.map((m) => ({ ...m, lead: leads.get(m.id) ?? '' })), aliases);
  }

  async storyEntities(storyId: number, limit: number): Promise<EntityRow[]> {
    const rows = await this.db
      .selectFrom('article_entities as ae')
      .innerJoin('story_members as sm', 'sm.article_id', 'ae.article_id')
      .innerJoin('entities as e', 'e.id', 'ae.entity_id')
      .select(['e.id', 'e.kind', 'e.name', (eb) => eb.fn.sum<number>('ae.count').as('mentions')])
      .where('sm.story_id', '=', storyId)
      .groupBy(['e.id', 'e.kind', 'e.name'])
      .orderBy('mentions', 'desc')
      .orderBy('e.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, mentions: Number(r.mentions) }));
  }

  async storyQuotes(storyId: number, limit: number): Promise<(QuoteMention & { articleId: number })[]> {
    const rows = await this.db
      .selectFrom('quotes as q')
      .innerJoin('story_members as sm', 'sm.article_id', 'q.article_id')
      .innerJoin('articles as a', 'a.id', 'q.article_id')
      .select(['q.article_id', 'q.speaker', 'q.speaker_id', 'q.text', 'q.start', 'q.end'])
      .where('sm.story_id', '=', storyId)
      .orderBy('a.sort_time')
      .orderBy('q.article_id')
      .orderBy('q.start')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ articleId: r.article_id, speaker: r.speaker, speakerId: r.speaker_id, text: r.text, start: r.start, end: r.end }));
  }

  async replaceStoryAssignments(
    assignments: { articleId: number; storyId: number; duplicateOf: number | null; score: number }[],
  ): Promise<void> {
    const raw = this.raw;
    const storyOf = raw.prepare(`SELECT story_id FROM story_members WHERE article_id = ?`);
    const timeOf = raw.prepare(`SELECT sort_time FROM articles WHERE id = ?`);
    const upsert = raw.prepare(
      `INSERT INTO story_members (story_id, article_id, score, added_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score`,
    );
    const setDup = raw.prepare(`UPDATE articles SET duplicate_of = ? WHERE id = ?`);
    raw.transaction(() => {
      const touched = new Set<number>();
      const now = new Date().toISOString();
      for (const a of assignments) {
        const t = timeOf.get(a.articleId) as { sort_time: string } | undefined;
        if (!t) throw new Error(`replaceStoryAssignments: unknown article ${a.articleId}`);
        const old = storyOf.get(a.articleId) as { story_id: number } | undefined;
        if (old) touched.add(old.story_id);
        this.stories.ensure(a.storyId, t.sort_time);
        upsert.run(a.storyId, a.articleId, a.score, now);
        setDup.run(a.duplicateOf, a.articleId);
        touched.add(a.storyId);
      }
      for (const s of touched) this.stories.refresh(s);
    }).immediate();
  }

  async setStoryHeadline(storyId: number, articleId: number): Promise<void> {
    const member = this.raw.prepare(`SELECT 1 FROM story_members WHERE story_id = ? AND article_id = ?`).get(storyId, articleId);
    if (!member) throw new Error(`setStoryHeadline: article ${articleId} is not in story ${storyId}`);
    this.raw.prepare(`UPDATE stories SET headline_article_id = ?, headline_pinned = 1 WHERE id = ?`).run(articleId, storyId);
  }

  async searchArticles(plan: SearchPlan): Promise<SearchArticlesResult> {
    return searchArticlesSqlite(this.raw, plan);
  }

  // ---- maintenance (src/store/sqlite/maintenance.ts) -----------------------------------------------------------

  async doctor(options: { repair: boolean }): Promise<DoctorReport> {
    return sqliteDoctor(this.raw, options);
  }

  async backup(path: string): Promise<BackupResult> {
    return sqliteBackup(this.raw, path);
  }

  async pruneArticles(before: string): Promise<PruneResult> {
    return sqlitePruneArticles(this.raw, before);
  }

  // ---- search index rebuild (src/store/sqlite/search-reindex.ts) -------------------------------------------------

  private reindexer: SqliteSearchReindex | null = null;

  private get reindex(): SqliteSearchReindex {
    return (this.reindexer ??= new SqliteSearchReindex(this.raw));
  }

  async getMeta(key: MetaKey): Promise<string | null> {
    return this.reindex.getMeta(key);
  }

  async setMeta(entries: Partial<Record<MetaKey, string | null>>): Promise<void> {
    this.reindex.setMeta(entries);
  }

  async prepareSearchRewrite(): Promise<boolean> {
    return this.reindex.prepare();
  }

  async listArticlesForReindex(afterId: number, limit: number): Promise<ReindexArticleRow[]> {
    return this.reindex.list(afterId, limit);
  }

  async rewriteSearchTerms(rows: SearchTermsRewrite[], meta?: Partial<Record<MetaKey, string | null>>): Promise<number> {
    return this.reindex.rewrite(rows, meta);
  }

  async optimizeSearchIndex(options?: SearchIndexOptimizeOptions): Promise<SearchIndexOptimizeResult> {
    return optimizeSqliteSearch(this.raw, options);
  }
}

function toArticleRow(r: {
  id: number; url: string; canonical_url: string; source_id: number; source_name: string; title: string; byline: string | null;
  published_at: string | null; fetched_at: string; lang: string; text: string; html_clean: string; lead: string; image: string | null;
  section: string | null; fingerprint: string; duplicate_of: number | null; story_id: number | null; boilerplate: string;
}): ArticleRow {
  let boilerplate: ArticleRow['boilerplate'] = [];
  try {
    const parsed = JSON.parse(r.boilerplate);
    if (Array.isArray(parsed)) boilerplate = parsed;
  } catch {
    // A damaged boilerplate column must not hide the article.
  }
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    sourceId: r.source_id,
    sourceName: r.source_name,
    title: r.title,
    byline: r.byline,
    publishedAt: r.published_at,
    fetchedAt: r.fetched_at,
    lang: r.lang,
    text: r.text,
    html: r.html_clean,
    lead: r.lead,
    image: r.image,
    section: r.section,
    fingerprint: r.fingerprint,
    duplicateOf: r.duplicate_of,
    storyId: r.story_id,
    boilerplate,
  };
}

