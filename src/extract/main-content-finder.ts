// Finds the element holding an article's main text: readability-style paragraph scoring over one measuring walk,
// with link density, furniture classes and teaser-list shape keeping related-link blocks from winning.
import { classWeight, elementRole, INLINE_TAGS, type ElementRole } from './element-roles.ts';

interface Stats {
  chars: number;
  linkChars: number;
  /** Headings whose text is mostly a link: the shape of a teaser list. */
  linkedHeadings: number;
  paragraphs: number;
}

export interface MainContent {
  /** The chosen container followed by any sibling containers that continue it, in document order. */
  containers: Element[];
  /** Role of every element measured (furniture decisions are reused when collecting blocks). */
  roles: Map<Element, ElementRole>;
  chars: number;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
const BLOCK_BASE: Record<string, number> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const HEADING = /^h[1-6]$/;

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x060c) n++;
  }
  return n;
}

export function findMainContent(body: Element, strict: boolean, trace?: (el: Element, score: number) => void): MainContent {
  const stats = new Map<Element, Stats>();
  const roles = new Map<Element, ElementRole>();
  // Scoring units: real paragraphs (scored into their parent) and runs of loose text between <br>s and blocks
  // inside a container (scored into the container itself), as readability does by wrapping them in <p>s.
  const paragraphs: { target: Element; chars: number; commas: number; linkChars: number }[] = [];

  const measure = (el: Element, tag: string, inLink: boolean): Stats & { commas: number; hasBlock: boolean } => {
    const s = { chars: 0, linkChars: 0, linkedHeadings: 0, paragraphs: 0, commas: 0, hasBlock: false };
    const link = inLink || tag === 'a';
    const isParagraph = PARAGRAPH_TAGS.has(tag);
    // Loose text inside an inline element belongs to the run of its block parent, which scores it.
    const collectsRuns = !isParagraph && !INLINE_TAGS.has(tag);
    let run = 0;
    let runCommas = 0;
    let runLinks = 0;
    const endRun = (): void => {
      if (run >= 25 && collectsRuns) {
        paragraphs.push({ target: el, chars: run, commas: runCommas, linkChars: runLinks });
        s.paragraphs++;
      }
      run = runCommas = runLinks = 0;
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        const n = nonSpaceLength(data);
        if (n) {
          const commas = countCommas(data);
          s.chars += n;
          s.commas += commas;
          run += n;
          runCommas += commas;
          if (link) {
            s.linkChars += n;
            runLinks += n;
          }
        }
      } else if (c.nodeType === 1) {
        const child = c as Element;
        const ctag = child.localName;
        const role = elementRole(child, ctag, strict);
        roles.set(child, role);
        if (role.furniture) continue;
        const inline = INLINE_TAGS.has(ctag);
        if (!inline) s.hasBlock = true;
        if (ctag === 'br' || !inline) endRun();
        const cs = measure(child, ctag, link);
        s.chars += cs.chars;
        s.linkChars += cs.linkChars;
        s.commas += cs.commas;
        s.linkedHeadings += cs.linkedHeadings;
        s.paragraphs += cs.paragraphs;
        if (inline && !cs.hasBlock) {
          run += cs.chars;
          runCommas += cs.commas;
          runLinks += cs.linkChars;
        } else if (inline) endRun();
      }
    }
    endRun();
    if (HEADING.test(tag) && s.chars > 0 && s.linkChars / s.chars > 0.5) s.linkedHeadings++;
    if (isParagraph && s.chars >= 25 && !s.hasBlock && el.parentElement) {
      paragraphs.push({ target: el.parentElement, chars: s.chars, commas: s.commas, linkChars: s.linkChars });
      s.paragraphs++;
    }
    stats.set(el, s);
    return s;
  };
  const bodyStats = measure(body, body.localName, false);
  roles.set(body, { furniture: false, kind: null });

  const scores = new Map<Element, number>();
  const initial = (el: Element): number => (BLOCK_BASE[el.localName] ?? 0) + classWeight(el);
  for (const p of paragraphs) {
    const density = p.chars ? p.linkChars / p.chars : 0;
    if (density > 0.5) continue;
    const score = (1 + p.commas + Math.min(Math.floor(p.chars / 100), 3)) * (1 - density);
    let ancestor: Element | null = p.target;
    for (let level = 0; ancestor && level < 5; level++, ancestor = ancestor.parentElement) {
      if (!stats.has(ancestor)) break;
      if (!scores.has(ancestor)) scores.set(ancestor, initial(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + score / divider);
    }
  }

  const finalScore = (el: Element): number => {
    const s = stats.get(el)!;
    const density = s.chars ? s.linkChars / s.chars : 0;
    let score = (scores.get(el) ?? 0) * (1 - density);
    // Lists of teasers (several linked headings, little prose each) are what related blocks look like.
    if (s.linkedHeadings >= 3 && s.chars / (s.linkedHeadings + 1) < 400) score *= 0.3;
    return score;
  };

  let top: Element | null = null;
  let topScore = -Infinity;
  const ranked: [Element, number][] = [];
  for (const el of scores.keys()) {
    const sc = finalScore(el);
    ranked.push([el, sc]);
    if (sc > topScore) {
      topScore = sc;
      top = el;
    }
  }
  if (!top || topScore <= 0) return { containers: [body], roles, chars: bodyStats.chars };

  // Readability's climb: an ancestor scoring above the current choice gathers chunks of one article that the page
  // split into cousin containers.
  {
    let lastScore = finalScore(top);
    const threshold = lastScore / 3;
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      if (!scores.has(parent)) continue;
      const parentScore = finalScore(parent);
      if (parentScore < threshold) break;
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
  }

  // Class names inflate big wrappers ("main", "content"); when one scored descendant holds nearly all of the
  // wrapper's prose, that descendant is the tighter, cleaner container.
  const prose = (el: Element): number => {
    const st = stats.get(el)!;
    return st.chars - st.linkChars;
  };
  for (let moved = true; moved; ) {
    moved = false;
    const current: Element = top;
    const currentScore = finalScore(current);
    for (const [el, sc] of ranked) {
      if (el === current || sc < currentScore * 0.5) continue;
      if (!current.contains(el)) continue;
      if (prose(el) >= prose(current) * 0.85) {
        top = el;
        moved = true;
        break;
      }
    }
  }

  // Several strong candidates under one ancestor: the article is split across them.
  ranked.sort((a, b) => b[1] - a[1]);
  if (trace) for (const [el, sc] of ranked.slice(0, 8)) trace(el, sc);
  const chosenScore = finalScore(top);
  const alternatives = ranked.filter(([el]) => el !== top).slice(0, 5).filter(([, s]) => s >= chosenScore * 0.75).map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let parent = top.parentElement; parent && parent !== body.parentElement; parent = parent.parentElement) {
      if (alternatives.filter((a) => parent!.contains(a)).length >= 3) {
        top = parent;
        break;
      }
    }
  }
  // Chunks of one article in cousin containers (sections each wrapped in their own layout boxes): take the common
  // ancestor when it holds little besides the chunks.
  {
    const base: Element = top;
    const baseScore = finalScore(base);
    const strong = ranked
      .slice(0, 15)
      .filter(([el, sc]) => sc >= baseScore * 0.5 && !base.contains(el) && !el.contains(base))
      .map(([el]) => el);
    // Outermost chunks only, so nested candidates are not counted twice.
    const chunks = strong.filter((el) => !strong.some((o) => o !== el && o.contains(el)));
    let counted = 0;
    for (let a = base.parentElement; a && a !== body && stats.has(a); a = a.parentElement) {
      const inside = chunks.filter((c) => a!.contains(c));
      if (inside.length === counted) {
        if (prose(a) > prose(top) * 1.5) break;
        continue;
      }
      counted = inside.length;
      const covered = prose(base) + inside.reduce((n, c) => n + prose(c), 0);
      if (prose(a) <= covered * 1.1 + 200) top = a;
      else break;
    }
  }

  // A lone child says nothing about where the article ends: its parent is the same container.
  for (let parent = top.parentElement; parent && stats.has(parent) && parent !== body; parent = parent.parentElement) {
    if (parent.children.length !== 1) break;
    top = parent;
  }

  const finalTop = finalScore(top);
  const threshold = Math.max(10, finalTop * 0.2);
  const containers: Element[] = [];
  const parent = top.parentElement;
  if (!parent || !stats.has(parent)) return { containers: [top], roles, chars: stats.get(top)!.chars };
  const topClass = top.getAttribute('class') ?? '';
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === top) {
      containers.push(c);
      continue;
    }
    const s = stats.get(c);
    if (!s || roles.get(c)?.furniture) continue;
    let bonus = 0;
    if (topClass && c.getAttribute('class') === topClass) bonus += finalTop * 0.2;
    const score = scores.has(c) ? finalScore(c) + bonus : 0;
    let append = score >= threshold;
    if (!append && c.localName === 'p') {
      const density = s.chars ? s.linkChars / s.chars : 0;
      const text = c.textContent ?? '';
      if (s.chars > 80 && density < 0.25) append = true;
      else if (s.chars > 0 && s.chars <= 80 && density === 0 && /[.؟?!]\s*$/.test(text)) append = true;
    }
    if (append) containers.push(c);
  }
  return { containers, roles, chars: containers.reduce((n, c) => n + (stats.get(c)?.chars ?? 0), 0) };
}
