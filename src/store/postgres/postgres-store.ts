// The PostgreSQL Store: the same interface and answers as the SQLite store, on a pg pool through Kysely. Multi-statement
// write units (insertArticle, removeSource, replaceStoryAssignments) are single transactions under the story lock.
import { assembleStorySummaries } from '../story-summaries.ts';
import { Kysely, Migrator, sql } from 'kysely';
import type { QuoteMention } from '../../text/types.ts';
import type { StoryDecision } from '../../stories/types.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type {
  ArticleRow, BackupResult, DoctorReport, EntityRow, PruneResult, FetchLogEntry, FetchLogRow, InsertArticleResult, InsertPendingResult, NewArticle, NewSource, Page, SearchArticlesResult,
  SearchPlan, SourceRow, Store, StoredStoryDocRow, StoryListOptions, StorySummary,
} from '../types.ts';
import { applyStoryDecisionsPg, decidePendingArticlePg, insertArticlePg, insertPendingArticlePg } from './article-writer.ts';
import { postgresBackup, postgresDoctor, postgresPruneArticles } from './maintenance.ts';
import { getMetaPg, listArticlesForReindexPg, rewriteSearchTermsPg, setMetaPg } from './search-reindex.ts';
import type { MetaKey, ReindexArticleRow, SearchIndexOptimizeResult, SearchTermsRewrite } from '../types.ts';
import { postgresMigrations } from './migrations/migration-list.ts';
import type { PgDatabase, SourcesTable } from './schema.ts';
import { searchArticlesPostgres } from './search-articles.ts';
import { ensureStory, lockStories, refreshStory } from './story-bookkeeping.ts';
import type { Selectable } from 'kysely';

export class PostgresStore implements Store {
  readonly dialect = 'postgres' as const;
  readonly db: Kysely<PgDatabase>;
  /** The schema the tables live in (the URL's search_path, else the server default). */
  readonly schema: string;
  private readonly url: string;

  constructor(db: Kysely<PgDatabase>, schema: string, url: string) {
    this.db = db;
    this.schema = schema;
    this.url = url;
  }

  async migrate(): Promise<void> {
    // Every command opens the store: when every migration is recorded, skip the migrator's catalogue introspection.
    if (await this.upToDate()) return;
    const migrator = new Migrator({ db: this.db, provider: postgresMigrations, migrationTableSchema: this.schema });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      throw new Error(`Database migration ${failed ? `"${failed}" ` : ''}failed: ${(error as Error).message ?? error}`);
    }
  }

  private async upToDate(): Promise<boolean> {
    const names = Object.keys(await postgresMigrations.getMigrations());
    const table = (await sql<{ t: string | null }>`SELECT to_regclass(${`${quoteIdent(this.schema)}.kysely_migration`})::text AS t`.execute(this.db)).rows[0]?.t;
    if (!table) return false;
    const done = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(`${this.schema}.kysely_migration`)} WHERE name = ANY(${names}::text[])`.execute(this.db);
    return Number(done.rows[0]?.n) === names.length;
  }

  async close(): Promise<void> {
    await this.db.destroy();
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
        full_text: source.fullText !== false,
        demo: !!source.demo,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('url').doNothing())
      .returningAll()
      .executeTakeFirst();
    // Lost a race with another process adding the same URL: theirs stands.
    return row ? toSourceRow(row) : (await this.getSource(url))!;
  }

  async listSources(): Promise<SourceRow[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toSourceRow);
  }

  async getSource(idOrUrl: number | string): Promise<SourceRow | null> {
    if (typeof idOrUrl === 'number' && !Number.isSafeInteger(idOrUrl)) return null;
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
    return this.db.transaction().execute(async (trx) => {
      await lockStories(trx);
      const storyIds = (
        await sql<{ s: number }>`SELECT DISTINCT sm.story_id AS s FROM story_members sm JOIN articles a ON a.id = sm.article_id
                                 WHERE a.source_id = ${source.id}`.execute(trx)
      ).rows.map((r) => Number(r.s));
      await sql`DELETE FROM articles WHERE source_id = ${source.id}`.execute(trx);
      const gone = await sql`DELETE FROM sources WHERE id = ${source.id}`.execute(trx);
      for (const s of storyIds) await refreshStory(trx, s);
      return Number(gone.numAffectedRows ?? 0n) > 0;
    });
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
    return insertArticlePg(this.db, article, decide);
  }

  async insertPendingArticle(article: NewArticle): Promise<InsertPendingResult> {
    return insertPendingArticlePg(this.db, article);
  }

  async decidePendingArticle(articleId: number, decide: (articleId: number) => StoryDecision): Promise<StoryDecision | null> {
    return decidePendingArticlePg(this.db, articleId, decide);
  }

  async applyStoryDecisions(decisions: { articleId: number; decision: StoryDecision }[]): Promise<boolean> {
    return applyStoryDecisionsPg(this.db, decisions);
  }

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
    if (!Number.isSafeInteger(id)) return null;
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
    const wanted = ids.filter((id) => Number.isSafeInteger(id));
    if (wanted.length === 0) return [];
    const rows: ArticleRow[] = [];
    for (let i = 0; i < wanted.length; i += 1000) {
      const part = await this.articleQuery().where('a.id', '=', sql<number>`ANY(${wanted.slice(i, i + 1000)}::bigint[])`).execute();
      for (const r of part) rows.push(toArticleRow(r));
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ArticleRow => r !== undefined);
  }

  async listStoryDocs(options: { since?: string | null; until?: string | null; pending?: boolean } = {}): Promise<StoredStoryDocRow[]> {
    const since = options.since ? sql`AND a.sort_time >= ${options.since}` : sql``;
    const until = options.until ? sql`AND a.sort_time <= ${options.until}` : sql``;
    const pending = options.pending ? sql`AND sm.story_id IS NULL` : sql``;
    const rows = (
      await sql<{
        id: number; source_id: number; canonical_url: string; sort_time: string; title: string; byline: string | null; lead: string; text: string; title_stems: string;
        body_stems: string; duplicate_of: number | null; story_id: number | null; ents: string[] | null;
      }>`SELECT a.id, a.source_id, a.canonical_url, a.sort_time, a.title, a.byline, a.lead, a.text, a.title_stems, a.body_stems, a.duplicate_of,
                sm.story_id, (SELECT array_agg(entity_id ORDER BY entity_id) FROM article_entities WHERE article_id = a.id) AS ents
         FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
         WHERE true ${since} ${until} ${pending}
         ORDER BY a.sort_time, a.id`.execute(this.db)
    ).rows;
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
      entityIds: (r.ents ?? []).sort(),
      storyId: r.story_id,
      duplicateOf: r.duplicate_of,
    }));
  }

  async listPendingStoryKeys(): Promise<{ articleId: number; time: string; canonicalUrl: string }[]> {
    const rows = (
      await sql<{ id: string | number; sort_time: string; canonical_url: string }>`
        SELECT a.id, a.sort_time, a.canonical_url FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.article_id = a.id)`.execute(this.db)
    ).rows;
    return rows.map((r) => ({ articleId: Number(r.id), time: r.sort_time, canonicalUrl: r.canonical_url }));
  }

  async storyExtent(): Promise<{ latestGrouped: string | null; maxStoryId: number }> {
    const r = (
      await sql<{ latest: string | null; top: string | number | null }>`
        SELECT max(a.sort_time) AS latest, max(sm.story_id) AS top FROM story_members sm JOIN articles a ON a.id = sm.article_id`.execute(this.db)
    ).rows[0];
    return { latestGrouped: r?.latest ?? null, maxStoryId: r?.top == null ? 0 : Number(r.top) };
  }

  async countArticles(options: { state?: 'pending' | 'grouped' } = {}): Promise<number> {
    if (options.state === 'grouped') return Number((await sql<{ n: number }>`SELECT count(*) AS n FROM story_members`.execute(this.db)).rows[0]!.n);
    if (options.state === 'pending') {
      return Number((await sql<{ n: number }>`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.article_id = a.id)`.execute(this.db)).rows[0]!.n);
    }
    const r = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  // ---- stories -------------------------------------------------------------------------------------------------

  /**
   * `since`/`until` select stories whose span overlaps the window (last seen ≥ since, first seen ≤ until).
   * Keyset pagination with the same cursor format as the SQLite store.
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
    if (!Number.isSafeInteger(id)) return null;
    const row = await this.db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return (await this.summaries([row]))[0] ?? null;
  }

  private async summaries(stories: { id: number; headline_article_id: number | null; first_seen_at: string; last_seen_at: string; size: number }[]): Promise<StorySummary[]> {
    if (stories.length === 0) return [];
    const members = await this.db
      .selectFrom('story_members as sm')
      .innerJoin('articles as a', 'a.id', 'sm.article_id')
      .innerJoin('sources as s', 's.id', 'a.source_id')
      .select([
        'sm.story_id', 'a.id', 'a.url', 'a.source_id', 's.name as source', 'a.title', 'a.published_at', 'a.duplicate_of',
        'a.image', 'a.lead',
      ])
      .where('sm.story_id', '=', sql<number>`ANY(${stories.map((s) => s.id)}::bigint[])`)
      .orderBy('a.sort_time')
      .orderBy('a.id')
      .execute();
    const aliases = await this.db
      .selectFrom('article_aliases as al')
      .innerJoin('story_members as sm', 'sm.article_id', 'al.article_id')
      .select(['al.article_id', 'al.url'])
      .where('sm.story_id', '=', sql<number>`ANY(${stories.map((s) => s.id)}::bigint[])`)
      .execute();
    return assembleStorySummaries(stories, members, aliases.map((a) => ({ article_id: Number(a.article_id), url: a.url })));
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
    await this.db.transaction().execute(async (trx) => {
      await lockStories(trx);
      const touched = new Set<number>();
      const now = new Date().toISOString();
      for (const a of assignments) {
        const row = (
          await sql<{ sort_time: string; story_id: number | null }>`
            SELECT a.sort_time, sm.story_id FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
            WHERE a.id = ${a.articleId}`.execute(trx)
        ).rows[0];
        if (!row) throw new Error(`replaceStoryAssignments: unknown article ${a.articleId}`);
        if (row.story_id != null) touched.add(Number(row.story_id));
        await ensureStory(trx, a.storyId, row.sort_time);
        await sql`INSERT INTO story_members (story_id, article_id, score, added_at) VALUES (${a.storyId}, ${a.articleId}, ${a.score}, ${now})
                  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score`.execute(trx);
        await sql`UPDATE articles SET duplicate_of = ${a.duplicateOf} WHERE id = ${a.articleId}`.execute(trx);
        touched.add(a.storyId);
      }
      for (const s of touched) await refreshStory(trx, s);
    });
  }

  async setStoryHeadline(storyId: number, articleId: number): Promise<void> {
    const member = await this.db
      .selectFrom('story_members')
      .select('article_id')
      .where('story_id', '=', storyId)
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    if (!member) throw new Error(`setStoryHeadline: article ${articleId} is not in story ${storyId}`);
    await this.db.updateTable('stories').set({ headline_article_id: articleId, headline_pinned: true }).where('id', '=', storyId).execute();
  }

  async searchArticles(plan: SearchPlan): Promise<SearchArticlesResult> {
    return searchArticlesPostgres(this.db, plan);
  }

  // ---- maintenance ---------------------------------------------------------------------------------------------

  async doctor(options: { repair: boolean }): Promise<DoctorReport> {
    return postgresDoctor(this.db, options);
  }

  /** A pg_dump of this store's schema (custom format, for pg_restore). */
  async backup(path: string): Promise<BackupResult> {
    return postgresBackup(this.db, this.url, this.schema, path);
  }

  async pruneArticles(before: string): Promise<PruneResult> {
    return postgresPruneArticles(this.db, before);
  }

  // ---- search index rebuild (src/store/postgres/search-reindex.ts) -----------------------------------------------

  async getMeta(key: MetaKey): Promise<string | null> {
    return getMetaPg(this.db, key);
  }

  async setMeta(entries: Partial<Record<MetaKey, string | null>>): Promise<void> {
    return setMetaPg(this.db, entries);
  }

  /** Nothing to do: the search vectors are generated from the stored terms, so they always agree with them. */
  async prepareSearchRewrite(): Promise<boolean> {
    return false;
  }

  async listArticlesForReindex(afterId: number, limit: number): Promise<ReindexArticleRow[]> {
    return listArticlesForReindexPg(this.db, afterId, limit);
  }

  async rewriteSearchTerms(rows: SearchTermsRewrite[], meta?: Partial<Record<MetaKey, string | null>>): Promise<number> {
    return rewriteSearchTermsPg(this.db, rows, meta);
  }

  /** The GIN indexes' pending lists (fastupdate) hold recent entries that every search scans in full until merged. */
  async optimizeSearchIndex(): Promise<SearchIndexOptimizeResult> {
    const t0 = process.hrtime.bigint();
    let steps = 0;
    for (const index of ['articles_surface_tsv', 'articles_stems_tsv']) {
      const r = await sql<{ n: number }>`SELECT gin_clean_pending_list(${index}::regclass)::int AS n`.execute(this.db);
      if ((r.rows[0]?.n ?? 0) > 0) steps++;
    }
    return { steps, segmentsBefore: null, segmentsAfter: null, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function toSourceRow(r: Selectable<SourcesTable>): SourceRow {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    kind: r.kind as SourceRow['kind'],
    category: r.category,
    siteUrl: r.site_url,
    etag: r.etag,
    lastModified: r.last_modified,
    intervalSec: r.interval_sec,
    nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    consecutiveFailures: r.consecutive_failures,
    articlesPerDay: r.articles_per_day,
    fullText: r.full_text,
    demo: r.demo,
    createdAt: r.created_at,
  };
}

const COLUMN_OF: Record<string, keyof SourcesTable> = {
  url: 'url',
  name: 'name',
  kind: 'kind',
  category: 'category',
  siteUrl: 'site_url',
  etag: 'etag',
  lastModified: 'last_modified',
  intervalSec: 'interval_sec',
  nextPollAt: 'next_poll_at',
  lastPolledAt: 'last_polled_at',
  lastSuccessAt: 'last_success_at',
  lastError: 'last_error',
  lastErrorAt: 'last_error_at',
  consecutiveFailures: 'consecutive_failures',
  articlesPerDay: 'articles_per_day',
  fullText: 'full_text',
  demo: 'demo',
};

/** Turns a SourceRow patch into column values; unknown keys are an error rather than silently ignored. */
function sourcePatchToColumns(patch: Partial<Omit<SourceRow, 'id' | 'createdAt'>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = COLUMN_OF[key];
    if (!column) throw new Error(`updateSource: unknown field "${key}"`);
    out[column] = value;
  }
  return out;
}

/** A readable default name: the host without "www." (as the SQLite store names it). */
function defaultSourceName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
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
