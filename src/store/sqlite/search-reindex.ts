// Rewriting stored search terms in place (marsad search reindex) on SQLite. Both FTS5 indexes are external-content
// tables, which remove a row only when given the terms it was indexed with: each article's old terms are read from its
// row inside the same synchronous transaction that deletes them from the indexes and writes the new ones, so every
// article ends with its old rows or its new ones, never neither.
import type BetterSqlite3 from 'better-sqlite3';
import { normalize } from '../../text/normalize.ts';
import type { MetaKey, ReindexArticleRow, SearchTermsRewrite } from '../types.ts';

type Raw = BetterSqlite3.Database;

const TERM_COLUMNS = ['title_surface', 'title_stems', 'lead_surface', 'lead_stems', 'body_surface', 'body_stems'] as const;
const INDEXES = [
  { table: 'articles_fts', columns: TERM_COLUMNS.join(', ') },
  { table: 'heads_fts', columns: TERM_COLUMNS.slice(0, 4).join(', ') },
] as const;

interface TermRow {
  id: number; title: string; lead: string; text: string;
  title_surface: string; title_stems: string; lead_surface: string; lead_stems: string; body_surface: string; body_stems: string;
}

export class SqliteSearchReindex {
  private readonly raw: Raw;
  private readonly getMetaStmt;
  private readonly setMetaStmt;
  private readonly deleteMetaStmt;
  private readonly listStmt;
  private readonly entitiesStmt;
  private readonly quotesStmt;
  private readonly existsStmt;
  private readonly updateStmt;
  private readonly indexDeletes;
  private readonly indexInserts;
  private readonly unlinkEntitiesStmt;
  private readonly insertEntityStmt;
  private readonly insertLinkStmt;
  private readonly dropEntityStmt;
  private readonly deleteQuotesStmt;
  private readonly insertQuoteStmt;
  private readonly rewriteTx: BetterSqlite3.Transaction<(rows: SearchTermsRewrite[], meta: Partial<Record<MetaKey, string | null>>) => number>;

  constructor(raw: Raw) {
    this.raw = raw;
    this.getMetaStmt = raw.prepare(`SELECT value FROM meta WHERE key = ?`);
    this.setMetaStmt = raw.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    this.deleteMetaStmt = raw.prepare(`DELETE FROM meta WHERE key = ?`);
    this.listStmt = raw.prepare(`SELECT id, title, lead, text, ${TERM_COLUMNS.join(', ')} FROM articles WHERE id > ? ORDER BY id LIMIT ?`);
    this.entitiesStmt = raw.prepare(`SELECT article_id, entity_id, count FROM article_entities WHERE article_id BETWEEN ? AND ?`);
    this.quotesStmt = raw.prepare(`SELECT article_id, speaker, speaker_id, text, start, "end" FROM quotes WHERE article_id BETWEEN ? AND ? ORDER BY id`);
    this.existsStmt = raw.prepare(`SELECT 1 FROM articles WHERE id = ?`);
    this.updateStmt = raw.prepare(`UPDATE articles SET ${TERM_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
    this.indexDeletes = INDEXES.filter((i) => tableExists(raw, i.table)).map((i) =>
      raw.prepare(`INSERT INTO ${i.table} (${i.table}, rowid, ${i.columns}) SELECT 'delete', id, ${i.columns} FROM articles WHERE id = ?`),
    );
    this.indexInserts = INDEXES.filter((i) => tableExists(raw, i.table)).map((i) =>
      raw.prepare(`INSERT INTO ${i.table} (rowid, ${i.columns}) SELECT id, ${i.columns} FROM articles WHERE id = ?`),
    );
    this.unlinkEntitiesStmt = raw.prepare(`DELETE FROM article_entities WHERE article_id = ? RETURNING entity_id`);
    this.insertEntityStmt = raw.prepare(`INSERT INTO entities (id, kind, name, name_norm) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`);
    this.insertLinkStmt = raw.prepare(`INSERT INTO article_entities (article_id, entity_id, count) VALUES (?, ?, ?)`);
    this.dropEntityStmt = raw.prepare(`DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = ?)`);
    this.deleteQuotesStmt = raw.prepare(`DELETE FROM quotes WHERE article_id = ?`);
    this.insertQuoteStmt = raw.prepare(`INSERT INTO quotes (article_id, speaker, speaker_id, text, start, "end") VALUES (?, ?, ?, ?, ?, ?)`);
    this.rewriteTx = raw.transaction((rows, meta) => {
      let rewritten = 0;
      const unlinked = new Set<string>();
      for (const r of rows) {
        if (!this.existsStmt.get(r.articleId)) continue; // deleted since it was read
        for (const d of this.indexDeletes) d.run(r.articleId);
        this.updateStmt.run(r.titleSurface, r.titleStems, r.leadSurface, r.leadStems, r.bodySurface, r.bodyStems, r.articleId);
        for (const i of this.indexInserts) i.run(r.articleId);
        for (const u of this.unlinkEntitiesStmt.all(r.articleId) as { entity_id: string }[]) unlinked.add(u.entity_id);
        const counts = new Map<string, { kind: string; name: string; n: number }>();
        for (const e of r.entities) {
          const c = counts.get(e.id);
          if (c) c.n++;
          else counts.set(e.id, { kind: e.kind, name: e.name, n: 1 });
        }
        for (const [id, c] of counts) {
          this.insertEntityStmt.run(id, c.kind, c.name, normalize(c.name));
          this.insertLinkStmt.run(r.articleId, id, c.n);
        }
        this.deleteQuotesStmt.run(r.articleId);
        for (const q of r.quotes) this.insertQuoteStmt.run(r.articleId, q.speaker, q.speakerId, q.text, q.start, q.end);
        rewritten++;
      }
      // Entities only the old analysis found go with their last mention, as pruning does.
      for (const id of unlinked) this.dropEntityStmt.run(id, id);
      this.writeMeta(meta);
      return rewritten;
    });
  }

  getMeta(key: MetaKey): string | null {
    return (this.getMetaStmt.get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(entries: Partial<Record<MetaKey, string | null>>): void {
    this.raw.transaction(() => this.writeMeta(entries)).immediate();
  }

  private writeMeta(entries: Partial<Record<MetaKey, string | null>>): void {
    for (const [key, value] of Object.entries(entries)) {
      if (value == null) this.deleteMetaStmt.run(key);
      else this.setMetaStmt.run(key, value);
    }
  }

  /**
   * An index lacking the row of a stored article, or holding the row of a deleted one, is rebuilt from the stored terms
   * (one transaction) before rows are replaced one by one. Only the row sets are compared, which reads the small
   * docsize tables: FTS5's full content check ('integrity-check') holds the write lock for as long as it reads the whole
   * index (15 s on 30k articles), which would stall a serving process's writes. An index whose rows hold other terms than
   * the articles is `marsad doctor --repair`'s to rebuild.
   */
  prepare(): boolean {
    let rebuilt = false;
    for (const { table } of INDEXES) {
      if (!tableExists(this.raw, table)) continue;
      const broken = this.raw
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ${table}_docsize d WHERE d.id = a.id))
               OR EXISTS (SELECT 1 FROM ${table}_docsize d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id)) AS broken`,
        )
        .get() as { broken: number };
      if (!broken.broken) continue;
      this.raw.transaction(() => this.raw.prepare(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`).run()).immediate();
      rebuilt = true;
    }
    return rebuilt;
  }

  list(afterId: number, limit: number): ReindexArticleRow[] {
    const rows = this.listStmt.all(afterId, limit) as TermRow[];
    if (!rows.length) return [];
    const first = rows[0]!.id, last = rows[rows.length - 1]!.id;
    const out = new Map<number, ReindexArticleRow>();
    for (const r of rows) {
      out.set(r.id, {
        id: r.id, title: r.title, lead: r.lead, text: r.text,
        titleSurface: r.title_surface, titleStems: r.title_stems, leadSurface: r.lead_surface, leadStems: r.lead_stems,
        bodySurface: r.body_surface, bodyStems: r.body_stems, entities: [], quotes: [],
      });
    }
    for (const e of this.entitiesStmt.all(first, last) as { article_id: number; entity_id: string; count: number }[]) {
      out.get(e.article_id)?.entities.push({ id: e.entity_id, count: e.count });
    }
    for (const q of this.quotesStmt.all(first, last) as { article_id: number; speaker: string | null; speaker_id: string | null; text: string; start: number; end: number }[]) {
      out.get(q.article_id)?.quotes.push({ text: q.text, speaker: q.speaker, speakerId: q.speaker_id, start: q.start, end: q.end });
    }
    return [...out.values()];
  }

  rewrite(rows: SearchTermsRewrite[], meta: Partial<Record<MetaKey, string | null>> = {}): number {
    return this.rewriteTx.immediate(rows, meta);
  }
}

function tableExists(raw: Raw, name: string): boolean {
  return raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(name) !== undefined;
}
