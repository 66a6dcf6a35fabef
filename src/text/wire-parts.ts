// A news agency sends a long item in parts: the first under its headline, the rest under the same headline marked
// "إضافة أولى", "إضافة ثانية" … "إضافة خامسة وأخيرة" (at the end of the title, or opening the text when the title is
// repeated bare). Each part arrives as a record of its own, but all of them are one report: a part's marker must not
// read as a headline of its own ("ثانية" as the second of something, src/text/ordinals.ts).
import { normalize } from './normalize.ts';

const ORDINAL = '(?:[أاإ]ول[ىي]|ثاني[ةه]|ثالث[ةه]|رابع[ةه]|خامس[ةه]|سادس[ةه]|سابع[ةه]|ثامن[ةه]|تاسع[ةه]|عاشر[ةه]|[أا]خير[ةه])';
const MARKER = `[إاأ]ضاف[ةه]\\s+${ORDINAL}(?:\\s*و\\s*[أا]خير[ةه])?`;
/** The marker closing a title, with the separator before it ("… بمكة المكرمة / إضافة ثانية"). */
const TITLE_MARKER = new RegExp(`[\\s/|:\\-–—(]*${MARKER}[\\s)\\].]*$`, 'u');
/** The marker opening a part's text. */
const TEXT_MARKER = new RegExp(`^[\\s(]*${MARKER}(?![\\p{L}])`, 'u');

export interface WirePart {
  /** The headline without its part marker, as the first part carries it. */
  title: string;
  /** The normalized headline the parts of one item share: compare it within one outlet. */
  key: string;
  /** A later part (the title or the text carries a marker), not the first. */
  continuation: boolean;
}

/** The item a record is a part of: its bare headline, the key its parts share, and whether it continues another. */
export function wirePart(title: string, text: string): WirePart {
  const m = TITLE_MARKER.exec(title);
  const bare = m && m.index > 0 ? title.slice(0, m.index).trim() : title.trim();
  const continuation = (m !== null && m.index > 0) || TEXT_MARKER.test(text.slice(0, 60));
  return { title: bare, key: normalize(bare).replace(/\s+/g, ' ').trim(), continuation };
}
