// Subscribing to the feeds of an OPML list (a file, a pasted text, a bundled preset): shared by `marsad sources
// import` and the admin pages, so both skip and report the same things.
import type { OpmlOutline } from '../ingest/types.ts';
import type { Store } from '../store/types.ts';

export interface SubscribeResult {
  /** Ids of the sources added, in list order. */
  added: number[];
  skipped: { url: string; reason: string }[];
}

function feedUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Adds every feed not yet subscribed; outlines' folders become the category path ("A / B"). */
export async function subscribeOutlines(store: Store, outlines: OpmlOutline[]): Promise<SubscribeResult> {
  const result: SubscribeResult = { added: [], skipped: [] };
  for (const o of outlines) {
    const href = feedUrl(o.xmlUrl);
    if (!href) {
      result.skipped.push({ url: o.xmlUrl, reason: 'not an http or https URL' });
      continue;
    }
    try {
      if (await store.getSource(href)) {
        result.skipped.push({ url: href, reason: 'already subscribed' });
        continue;
      }
      const row = await store.addSource({ url: href, name: o.title || null, siteUrl: o.htmlUrl, category: o.category.join(' / ') || null, kind: 'feed' });
      result.added.push(row.id);
    } catch (e) {
      result.skipped.push({ url: href, reason: (e as Error).message });
    }
  }
  return result;
}
