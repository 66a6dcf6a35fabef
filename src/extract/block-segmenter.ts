// Walks an article's blocks in reading order and separates the host article from labelled boilerplate:
// read-also inserts (linked or pasted whole), related lists, source lines, share prompts, tags, bylines, datelines.
import { collapseSpace } from './article-assembly.ts';
import { classifyMarker, isSharePrompt, splitTagList } from './boilerplate-markers.ts';
import { parseBylineLine } from './byline-line.ts';
import { findDateInLine } from './date-text.ts';
import { linkDensity, type TextBlock } from './text-block.ts';
import { contentWords, overlapRatio } from './topic-overlap.ts';
import type { BoilerplateSegment, LinkItem } from './types.ts';

export interface SegmentedArticle {
  blocks: TextBlock[];
  boilerplate: BoilerplateSegment[];
  byline: string | null;
  /** ISO date from a dateline near the top. */
  dateline: string | null;
  sourceName: string | null;
}

export interface SegmentOptions {
  now?: Date;
  /** Normalized title: a leading block equal to it is dropped (HTML pages repeat the h1 inside the content). */
  title?: string | null;
}

const COPYRIGHT = /^(?:©|\(c\)|جميع الحقوق محفوظة|حقوق النشر|all rights reserved|copyright\b)/i;
const SENTENCE_END = /[.!?؟…:]["»”)]?\s*$/;
const LINK_DENSE = 0.6;

type Mode =
  | { kind: 'main' }
  | { kind: 'read-also'; segment: BoilerplateSegment; lines: string[]; words: Set<string>; linked: boolean }
  | { kind: 'list'; segment: BoilerplateSegment };

/** A short block without closing punctuation: reads as a headline or list entry rather than prose. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 160 && !SENTENCE_END.test(text.replace(/[؟?]\s*$/, ''));
}

function itemsOf(block: TextBlock): LinkItem[] {
  if (block.links.length > 0 && linkDensity(block) >= LINK_DENSE) {
    return block.links.filter((l) => l.title.length > 0);
  }
  return [{ title: block.text, url: block.links.length === 1 ? block.links[0].url : null }];
}

function markerItems(rest: string, block: TextBlock): LinkItem[] {
  if (block.links.length > 0) return block.links.filter((l) => l.title.length > 0);
  return rest ? [{ title: collapseSpace(rest), url: null }] : [];
}

export function segmentBlocks(input: TextBlock[], options: SegmentOptions = {}): SegmentedArticle {
  const blocks: TextBlock[] = [];
  const boilerplate: BoilerplateSegment[] = [];
  let byline: string | null = null;
  let dateline: string | null = null;
  let sourceName: string | null = null;
  // A source line ends the host article: what follows belongs to inserts and lists.
  let mainClosed = false;
  let mode: Mode = { kind: 'main' };
  // Vocabulary of the host article so far, built only when a pasted insert needs comparing against it.
  let mainWords: Set<string> | null = null;
  let mainWordsUpTo = 0;
  const hostWords = (): Set<string> => {
    mainWords ??= new Set();
    for (; mainWordsUpTo < blocks.length; mainWordsUpTo++) for (const w of contentWords(blocks[mainWordsUpTo].text)) mainWords.add(w);
    return mainWords;
  };

  const closeMode = (): void => {
    if (mode.kind === 'read-also' && !mode.linked) {
      mode.segment.text = [mode.segment.title ?? '', ...mode.lines].filter(Boolean).join('\n');
    }
    mode = { kind: 'main' };
  };

  for (const block of input) {
    const text = block.text;
    if (!text) continue;
    const marker = text.length <= 250 ? classifyMarker(text) : null;
    if (marker) {
      if (marker.kind === 'source-line') {
        boilerplate.push({ kind: 'source-line', label: marker.label, text, source: marker.rest || null });
        if (mode.kind === 'read-also') mode.lines.push(text);
        else {
          sourceName ??= marker.rest || null;
          // A source line at the very top is a credit, not the end of the article.
          if (blocks.length >= 2) mainClosed = true;
        }
        continue;
      }
      if (marker.kind === 'share') {
        boilerplate.push({ kind: 'share', label: marker.label, text });
        continue;
      }
      closeMode();
      if (marker.kind === 'read-also') {
        const segment: BoilerplateSegment = { kind: 'read-also', label: marker.label, text: '', title: null };
        boilerplate.push(segment);
        const items = markerItems(marker.rest, block);
        if (items.length > 0) {
          // "اقرأ أيضاً: <عنوان>" on one line points at another article; it does not paste one.
          segment.items = items;
          segment.title = items[0].title;
          segment.text = items.map((i) => i.title).join('\n');
        } else {
          mode = { kind: 'read-also', segment, lines: [], words: new Set(), linked: false };
        }
        continue;
      }
      const segment: BoilerplateSegment = { kind: marker.kind, label: marker.label, text: '', items: [] };
      if (marker.kind === 'tags' && marker.rest && block.links.length === 0) {
        segment.items = splitTagList(marker.rest).map((t) => ({ title: t, url: null }));
      } else {
        segment.items = markerItems(marker.rest, block);
      }
      segment.text = segment.items!.map((it) => it.title).join('\n');
      boilerplate.push(segment);
      mode = { kind: 'list', segment };
      continue;
    }

    if (mode.kind === 'list') {
      const dense = block.links.length > 0 && linkDensity(block) >= LINK_DENSE;
      if (dense || block.kind === 'li' || (isHeadlineLike(text) && text.length <= 120)) {
        for (const item of itemsOf(block)) {
          mode.segment.items!.push(item);
          mode.segment.text = mode.segment.text ? mode.segment.text + '\n' + item.title : item.title;
        }
        continue;
      }
      closeMode();
    }

    if (mode.kind === 'read-also') {
      if (!mode.segment.title) {
        const dense = block.links.length > 0 && linkDensity(block) >= LINK_DENSE;
        mode.segment.title = dense ? block.links[0].title : text;
        if (dense) {
          mode.segment.items = block.links;
          mode.segment.text = block.links.map((l) => l.title).join('\n');
          mode.linked = true;
          closeMode();
        } else {
          mode.words = contentWords(text);
        }
        continue;
      }
      const words = contentWords(text);
      // Before the host article has closed, a first paragraph closer to the host than to the insert means the host
      // simply resumed after a one-line "read also" headline.
      if (!mainClosed && mode.lines.length === 0 && block.kind !== 'li' &&
          overlapRatio(words, hostWords()) > overlapRatio(words, mode.words) + 0.05) {
        closeMode();
      } else {
        mode.lines.push(text);
        for (const w of words) mode.words.add(w);
        continue;
      }
    }

    // Host article.
    if (blocks.length < 3) {
      if (options.title && blocks.length === 0 && collapseSpace(text) === options.title) continue;
      if (!byline && text.length <= 70) {
        const name = parseBylineLine(text);
        if (name) {
          byline = name;
          continue;
        }
      }
      if (!dateline && text.length <= 80) {
        const found = findDateInLine(text, options.now);
        if (found && found.coversLine) {
          dateline = found.iso;
          continue;
        }
      }
    }
    if (COPYRIGHT.test(text)) {
      boilerplate.push({ kind: 'other', label: null, text });
      continue;
    }
    if (block.kind !== 'heading' && block.links.length > 0 && linkDensity(block) >= LINK_DENSE) continue;
    if (block.links.length > 0 && isSharePrompt(text)) {
      boilerplate.push({ kind: 'share', label: null, text });
      continue;
    }
    if (mainClosed) {
      boilerplate.push({ kind: 'other', label: null, text });
      continue;
    }
    blocks.push(block);
  }
  closeMode();
  return { blocks, boilerplate, byline, dateline, sourceName };
}
