// One walk over the parsed page collecting the elements metadata and date readers look at: far cheaper on linkedom
// than a dozen document-wide querySelectorAll calls, each of which matches every element against CSS.

export interface PageIndex {
  metas: Element[];
  links: Element[];
  title: Element | null;
  base: Element | null;
  h1s: Element[];
  /** h2–h5 and elements whose class says "title": where related-list headings sit. */
  headings: Element[];
  /** <time datetime>, itemprop datePublished/dateModified, abbr.published[title]. */
  timeElements: Element[];
  /** Elements whose class/id suggests a date, meta line, byline or info line. */
  dateClassed: Element[];
  /** rel=author, itemprop=author, and the usual author/byline classes. */
  authorElements: Element[];
  /** Entries of breadcrumb trails. */
  breadcrumbs: Element[];
}

const DATE_HINT = /date|time|publish|meta|byline|info|tagline/i;
const AUTHOR_CLASS = /(?:^|\s)(?:author-name|byline-name|author|byline|writer|article-author)(?:\s|$)/i;

export function indexPage(document: Document): PageIndex {
  const index: PageIndex = {
    metas: [], links: [], title: null, base: null, h1s: [], headings: [], timeElements: [], dateClassed: [],
    authorElements: [], breadcrumbs: [],
  };
  const visit = (el: Element, inBreadcrumb: boolean, inBreadcrumbList: boolean): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.localName;
      let crumb = inBreadcrumb;
      let crumbList = inBreadcrumbList;
      switch (tag) {
        case 'meta': index.metas.push(c); continue;
        case 'link': index.links.push(c); continue;
        case 'title': index.title ??= c; continue;
        case 'base': index.base ??= c; continue;
        case 'h1': index.h1s.push(c); break;
        case 'h2': case 'h3': case 'h4': case 'h5': index.headings.push(c); break;
        case 'time': if (c.hasAttribute('datetime')) index.timeElements.push(c); break;
        default: break;
      }
      const cls = c.getAttribute('class');
      const id = c.getAttribute('id');
      const itemprop = c.getAttribute('itemprop');
      if (itemprop === 'datePublished' || itemprop === 'dateModified') index.timeElements.push(c);
      else if (tag === 'abbr' && cls && /(?:^|\s)published(?:\s|$)/.test(cls) && c.hasAttribute('title')) index.timeElements.push(c);
      if ((cls && DATE_HINT.test(cls)) || (id && /date/i.test(id))) index.dateClassed.push(c);
      if (c.getAttribute('rel') === 'author' || itemprop === 'author' || (cls && AUTHOR_CLASS.test(cls))) index.authorElements.push(c);
      if (cls && /title/i.test(cls) && tag !== 'h2' && tag !== 'h3' && tag !== 'h4' && tag !== 'h5') index.headings.push(c);
      if (cls && /breadcrumb/i.test(cls)) crumb = true;
      if (/BreadcrumbList/.test(c.getAttribute('itemtype') ?? '')) crumbList = true;
      if ((inBreadcrumb && tag === 'a') || (inBreadcrumbList && itemprop === 'name')) index.breadcrumbs.push(c);
      if (c.firstElementChild) visit(c, crumb, crumbList);
    }
  };
  if (document.documentElement) visit(document.documentElement, false, false);
  return index;
}
