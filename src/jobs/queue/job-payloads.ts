// What travels through the queues. Jobs carry JSON only, so dates travel as ISO strings and are revived here.
import { createHash } from 'node:crypto';
import type { FeedItem } from '../../ingest/types.ts';

export const QUEUE_NAMES = { poll: 'poll', fetchArticle: 'fetch-article' } as const;

export type WireFeedItem = Omit<FeedItem, 'published' | 'updated'> & { published: string | null; updated: string | null };

export interface PollJob {
  sourceId: number;
  /** The nextPollAt the job was enqueued for ('' = never polled). */
  due: string;
}

export interface FetchArticleJob {
  sourceId: number;
  canonicalUrl: string;
  item: WireFeedItem;
}

export function toWireItem(item: FeedItem): WireFeedItem {
  return { ...item, published: item.published?.toISOString() ?? null, updated: item.updated?.toISOString() ?? null };
}

export function fromWireItem(item: WireFeedItem): FeedItem {
  return { ...item, published: item.published ? new Date(item.published) : null, updated: item.updated ? new Date(item.updated) : null };
}

// BullMQ refuses ':' and integers in custom ids; a digest of the key avoids both and bounds the length.
function digest(key: string): string {
  return createHash('sha1').update(key).digest('hex');
}

/** One poll per source and due time: a second scheduler (or tick) enqueueing the same poll adds nothing. */
export function pollJobId(sourceId: number, due: string): string {
  return `poll-${sourceId}-${digest(due || 'first')}`;
}

/** One fetch per canonical article URL while the job is known to Redis. */
export function articleJobId(canonicalUrl: string): string {
  return `article-${digest(canonicalUrl)}`;
}
