// Public surface of the extract stage.
export { extractHtml } from './html-extractor.ts';
export { extractScrapedText } from './scraped-text-extractor.ts';
export { extractPage, looksLikeHtml, type PageExtractOptions } from './page-extractor.ts';
export { sanitizeHtml } from './html-sanitizer.ts';
export { classifyMarker, type BoilerplateMarker } from './boilerplate-markers.ts';
export type { BoilerplateKind, BoilerplateSegment, ExtractedArticle, ExtractOptions, LinkItem } from './types.ts';
