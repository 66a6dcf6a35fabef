// feedsmith's XML parser (fast-xml-parser) is lenient: an element closed by its parent's end tag, or a document that
// stops after a complete item, parses without complaint. Feeds are untrusted, so before parsing we check that every
// start tag has its end tag, in order, and that the document does not end inside a tag, comment or CDATA section.
// Only structure is checked: a stray unescaped '&' (common in real feeds) is not a reason to refuse a feed.
import { FeedParseError } from './xml-prolog-guard.ts';

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

function lineOf(xml: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

/** Throws FeedParseError ("malformed …" or "truncated …") unless start and end tags balance. */
export function checkTagBalance(xml: string, what = 'feed'): void {
  const stack: Array<{ name: string; at: number }> = [];
  let i = 0;
  const n = xml.length;
  const truncated = (inside: string) =>
    new FeedParseError(`truncated ${what}: the document ends inside ${inside} (line ${lineOf(xml, n)})`);
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw truncated('a comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw truncated('a CDATA section');
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw truncated('a processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw truncated('a declaration');
      i = end + 1;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw truncated('an end tag');
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open) {
        throw new FeedParseError(`malformed ${what}: </${name}> at line ${lineOf(xml, lt)} closes nothing`);
      }
      if (open.name.toLowerCase() !== name.toLowerCase()) {
        throw new FeedParseError(
          `malformed ${what}: </${name}> at line ${lineOf(xml, lt)} does not close <${open.name}> from line ${lineOf(xml, open.at)}`,
        );
      }
      i = end + 1;
    } else if (NAME_START.test(xml[lt + 1] ?? '')) {
      let j = lt + 1;
      while (j < n && !/[\s/>]/.test(xml[j]!)) j++;
      const name = xml.slice(lt + 1, j);
      let quote: string | null = null;
      for (; j < n; j++) {
        const c = xml[j]!;
        if (quote) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") {
          quote = c;
        } else if (c === '>') {
          break;
        }
      }
      if (j >= n) throw truncated(`the start tag <${name}>`);
      if (xml[j - 1] !== '/') stack.push({ name, at: lt });
      i = j + 1;
    } else {
      // A bare '<' in text: not well-formed XML, but harmless to structure; leave it to the parser.
      i = lt + 1;
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1]!;
    throw new FeedParseError(
      `truncated ${what}: the document ends before </${open.name}> (opened at line ${lineOf(xml, open.at)})`,
    );
  }
}
