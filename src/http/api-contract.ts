// The JSON API's response shapes as zod schemas: the OpenAPI document is generated from them and the tests check
// real responses against them, so the document cannot drift from what the server sends.
import { z } from 'zod';

const isoTime = z.string().describe('ISO 8601 time');

export const articleCardSchema = z
  .object({
    id: z.number().int(),
    url: z.string().describe('The original article on the outlet’s site'),
    title: z.string(),
    source: z.string(),
    sourceId: z.number().int(),
    publishedAt: isoTime.nullable(),
    storyId: z.number().int().nullable(),
    duplicateOf: z.number().int().nullable().describe('Id of the earlier article this one copies (wire copy), if any'),
  })
;

export const storyCardSchema = z
  .object({
    id: z.number().int(),
    headline: z.string(),
    lead: z.string(),
    image: z.string().nullable(),
    size: z.number().int().describe('Number of articles'),
    outletCount: z.number().int(),
    outlets: z.array(z.string()),
    firstSeenAt: isoTime,
    lastSeenAt: isoTime,
    articles: z.array(articleCardSchema).describe('In lists, the earliest 10 reports (size counts all); a story itself lists every one'),
  })
;

export const storyListSchema = z
  .object({ items: z.array(storyCardSchema), nextCursor: z.string().nullable() })
;

export const storyArticleEntrySchema = articleCardSchema
  .extend({
    firstReporter: z.boolean(),
    alsoPublishedIn: z.array(articleCardSchema).describe('Near-identical copies folded under this report'),
  })
;

export const storyDetailSchema = storyCardSchema
  .extend({
    articles: z.array(storyArticleEntrySchema),
    entities: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), mentions: z.number() })),
    quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), articleId: z.number().int() })),
  })
;

export const articleDetailSchema = articleCardSchema
  .extend({
    byline: z.string().nullable(),
    fetchedAt: isoTime,
    lead: z.string(),
    image: z.string().nullable(),
    section: z.string().nullable(),
    fullText: z.boolean().describe('False when the source allows only the lead and a link'),
    paragraphs: z.array(z.string()).describe('Plain text; empty when fullText is false'),
    sourceSiteUrl: z.string().nullable(),
    story: z.object({ id: z.number().int(), headline: z.string(), size: z.number().int() }).nullable(),
    similar: z.array(articleCardSchema),
    readAlso: articleCardSchema.nullable(),
    sameStory: z.array(articleCardSchema),
  })
;

export const searchResultSchema = z
  .object({
    query: z.string(),
    groups: z.array(
      z.object({
        story: z.object({ id: z.number().int(), headline: z.string() }).nullable(),
        hit: z.object({
          articleId: z.number().int(),
          url: z.string(),
          title: z.string(),
          source: z.string(),
          publishedAt: isoTime.nullable(),
          snippet: z.string().describe('HTML whose only markup is <mark>'),
          titleHtml: z.string().nullable().describe('Title as HTML with matches in <mark>, when available'),
        }),
        more: z.number().int().describe('Other matching articles in the same story'),
      }),
    ),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    error: z.string().nullable().describe('Why the query could not be used, for the reader (Arabic)'),
    errorCode: z.string().nullable().describe('Stable code of error (e.g. unclosed_quote, bad_date) for clients that word it themselves'),
    errorPosition: z.number().int().nullable().describe('UTF-16 offset in the query where the problem is, when there is one place'),
    notices: z.array(z.string()).describe('Ignored common words, unknown filters (Arabic)'),
    noticeDetails: z
      .array(
        z.object({
          code: z.string().describe('common_words_ignored, unknown_source or unknown_entity'),
          message: z.string().describe('The notice in Arabic, as in notices'),
          params: z.record(z.string(), z.union([z.string(), z.number()])).describe('Values the message quotes'),
        }),
      )
      .describe('The notices with stable codes'),
  })
;

export const sourceSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    url: z.string(),
    siteUrl: z.string().nullable(),
    kind: z.enum(['feed', 'page', 'file']),
    category: z.string().nullable(),
    fullText: z.boolean(),
    demo: z.boolean(),
    health: z.enum(['ok', 'degraded', 'failing', 'pending']),
    lastSuccessAt: isoTime.nullable(),
    lastPolledAt: isoTime.nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: isoTime.nullable(),
    consecutiveFailures: z.number().int(),
    articlesPerDay: z.number(),
  })
;

export const sourceListSchema = z.object({ items: z.array(sourceSchema) });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'not_found', 'bad_query', 'search_unavailable', 'forbidden', 'too_large', 'too_many_requests', 'internal']),
      message: z.string(),
      reason: z.string().optional().describe('For bad_query: the stable code of the query problem (e.g. unclosed_quote, bad_date)'),
      position: z.number().int().nullable().optional().describe('For bad_query: UTF-16 offset in the query where the problem is'),
    }),
  })
;
