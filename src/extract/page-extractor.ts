// Routes one fetched or local page to the HTML or the plain-text extractor.
import { extractHtml } from './html-extractor.ts';
import { extractScrapedText } from './scraped-text-extractor.ts';
import type { ExtractedArticle, ExtractOptions } from './types.ts';

export interface PageExtractOptions extends ExtractOptions {
  contentType?: string | null;
  fileName?: string;
}

const HTML_SNIFF = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|h[1-6]|span|a\s)[\s>/]/i;

/** True when the body should be read as HTML: the declared type first, then the file name, then a sniff. */
export function looksLikeHtml(body: string, contentType?: string | null, fileName?: string): boolean {
  const type = contentType?.toLowerCase() ?? '';
  if (/html|xml/.test(type)) return true;
  if (/^text\/(?:plain|markdown)/.test(type)) return false;
  if (fileName) {
    if (/\.(?:x?html?|php|aspx?|jsp)(?:\.gz)?$/i.test(fileName)) return true;
    if (/\.(?:txt|text|md)$/i.test(fileName)) return false;
  }
  return HTML_SNIFF.test(body.slice(0, 4096));
}

/** Extracts an article from a page body, deciding between HTML and scraped plain text. */
export function extractPage(body: string, options: PageExtractOptions = {}): ExtractedArticle {
  if (typeof body !== 'string') throw new TypeError('extractPage: body must be a string');
  const { contentType, fileName, ...rest } = options;
  const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  return looksLikeHtml(text, contentType, fileName) ? extractHtml(text, rest) : extractScrapedText(text, rest);
}
