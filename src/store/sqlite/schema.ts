// Row shapes of the tables, as Kysely sees them (snake_case, the way they are stored).
import type { Generated } from 'kysely';

export interface SourcesTable {
  id: Generated<number>;
  url: string;
  name: string;
  kind: string;
  category: string | null;
  site_url: string | null;
  etag: string | null;
  last_modified: string | null;
  interval_sec: Generated<number>;
  next_poll_at: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: Generated<number>;
  articles_per_day: Generated<number>;
  full_text: Generated<number>;
  demo: Generated<number>;
  created_at: string;
}

export interface FetchesTable {
  id: Generated<number>;
  source_id: number | null;
  url: string;
  started_at: string;
  finished_at: string;
  status: string;
  http_status: number | null;
  bytes: number | null;
  new_articles: number;
  error: string | null;
}

export interface ArticlesTable {
  id: Generated<number>;
  url: string;
  canonical_url: string;
  source_id: number;
  title: string;
  byline: string | null;
  published_at: string | null;
  fetched_at: string;
  sort_time: string;
  lang: string;
  text: string;
  html_clean: string;
  lead: string;
  image: string | null;
  section: string | null;
  fingerprint: string;
  duplicate_of: number | null;
  boilerplate: string;
  title_surface: string;
  title_stems: string;
  lead_surface: string;
  lead_stems: string;
  body_surface: string;
  body_stems: string;
}

export interface StoriesTable {
  id: number;
  headline_article_id: number | null;
  headline_pinned: number;
  first_seen_at: string;
  last_seen_at: string;
  size: number;
  outlets: number;
}

export interface StoryMembersTable {
  story_id: number;
  article_id: number;
  score: number;
  added_at: string;
}

export interface EntitiesTable {
  id: string;
  kind: string;
  name: string;
  name_norm: string;
}

export interface ArticleEntitiesTable {
  article_id: number;
  entity_id: string;
  count: number;
}

export interface QuotesTable {
  id: Generated<number>;
  article_id: number;
  speaker: string | null;
  speaker_id: string | null;
  text: string;
  start: number;
  end: number;
}

/** Another URL of a stored article (the same outlet's same text reached twice). */
export interface ArticleAliasesTable {
  url: string;
  article_id: number;
}

export interface Database {
  sources: SourcesTable;
  fetches: FetchesTable;
  articles: ArticlesTable;
  stories: StoriesTable;
  story_members: StoryMembersTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  quotes: QuotesTable;
  article_aliases: ArticleAliasesTable;
}
