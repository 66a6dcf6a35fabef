// The unit both extractors reason about: one paragraph, heading or list entry with what it links to.
import type { LinkItem } from './types.ts';

export type TextBlockKind = 'p' | 'heading' | 'li' | 'quote' | 'pre' | 'caption';

export interface TextBlock {
  text: string;
  kind: TextBlockKind;
  links: LinkItem[];
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Safe HTML for the block (escaped text, vetted links); absent for plain-text input. */
  html?: string;
  /** For list entries: whether the list was ordered. */
  ordered?: boolean;
}

export function linkDensity(block: TextBlock): number {
  return block.text.length ? Math.min(1, block.linkChars / block.text.length) : 0;
}
