// Extracts the article from a scraped plain-text page; the labelled boilerplate comes out of the shared segmenter.
import { assembleArticle, collapseSpace } from './article-assembly.ts';
import { detectArticleLanguage } from './article-language.ts';
import { classifyMarker } from './boilerplate-markers.ts';
import { isHeadlineLike, segmentBlocks } from './block-segmenter.ts';
import type { TextBlock } from './text-block.ts';
import type { ExtractedArticle, ExtractOptions, LinkItem } from './types.ts';

const BULLET = /^\s*(?:[•·▪●◦‣∙○■□►▸\-–—*]|\d{1,2}[.)])\s+/;
const URL_IN_LINE = /https?:\/\/[^\s<>"'«»]+/g;

/** Lines, with hard-wrapped paragraphs (consecutive long lines of similar width) joined back together. */
function textLines(text: string): { text: string; bullet: boolean }[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n').map(collapseSpace);
  const nonBlank = raw.filter(Boolean);
  let wrapped = 0;
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    if (a && b && a.length >= 50 && a.length <= 100 && !BULLET.test(a) && !BULLET.test(b)) wrapped++;
  }
  const hardWrapped = nonBlank.length >= 6 && wrapped / nonBlank.length > 0.5;
  const out: { text: string; bullet: boolean }[] = [];
  let current: { text: string; bullet: boolean } | null = null;
  for (const t of raw) {
    if (!t) {
      current = null;
      continue;
    }
    const bullet = BULLET.test(t);
    if (hardWrapped && current && !bullet && !classifyMarker(t)) {
      current.text += ' ' + t;
      continue;
    }
    current = { text: bullet ? t.replace(BULLET, '').trim() : t, bullet };
    out.push(current);
  }
  return out;
}

function toBlock(line: { text: string; bullet: boolean }): TextBlock {
  const links: LinkItem[] = [];
  let linkChars = 0;
  for (const m of line.text.matchAll(URL_IN_LINE)) {
    const title = collapseSpace(line.text.replace(m[0], '').replace(/[\s\-–—|:]+$/, ''));
    links.push({ title: title || m[0], url: m[0] });
    linkChars += m[0].length;
  }
  return { text: line.text, kind: line.bullet ? 'li' : 'p', links, linkChars: links.length ? line.text.length : 0 };
}

/** Title of a scraped page: a leading headline-like line, else the first sentence of the first paragraph. */
function titleOf(lines: { text: string; bullet: boolean }[]): { title: string; consumed: boolean } {
  const first = lines[0]?.text ?? '';
  if (lines.length > 1 && first.length <= 150 && !lines[0].bullet && isHeadlineLike(first) && !classifyMarker(first)) {
    return { title: first, consumed: true };
  }
  const sentence = /^(.{10,}?[.!?؟])(?:\s|$)/.exec(first)?.[1] ?? first;
  if (sentence.length <= 160) return { title: sentence, consumed: false };
  const cut = sentence.slice(0, 140);
  return { title: cut.slice(0, Math.max(cut.lastIndexOf(' '), 80)) + '…', consumed: false };
}

/**
 * Extracts the article from scraped plain text: one paragraph per line (hard-wrapped text is rejoined), bullets
 * ("•", "-", "*", "1.") as list entries. Title: the first line when it reads as a headline (short, no closing
 * punctuation, more text follows) and it is then left out of the body; otherwise the first sentence of the first
 * paragraph (cut to ~140 characters), and that paragraph stays in the body.
 */
export function extractScrapedText(text: string, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof text !== 'string') throw new TypeError('extractScrapedText: text must be a string');
  const lines = textLines(text);
  const { title, consumed } = titleOf(lines);
  const segmented = segmentBlocks((consumed ? lines.slice(1) : lines).map(toBlock), { now: options.now });
  const paragraphs = segmented.blocks.map((b) => b.text);
  return assembleArticle({
    url: options.url ?? null,
    title,
    byline: segmented.byline,
    publishedAt: segmented.dateline,
    sourceName: segmented.sourceName,
    lang: detectArticleLanguage(null, paragraphs.join('\n') || title),
    paragraphs,
    boilerplate: segmented.boilerplate,
  });
}
