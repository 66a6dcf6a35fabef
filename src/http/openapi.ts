// OpenAPI 3.1 description of /api/v1, generated from the same zod schemas that validate requests and responses.
import { z } from 'zod';
import {
  articleCardSchema,
  articleDetailSchema,
  errorSchema,
  searchResultSchema,
  sourceListSchema,
  sourceSchema,
  storyArticleEntrySchema,
  storyCardSchema,
  storyDetailSchema,
  storyListSchema,
} from './api-contract.ts';
import { searchQuery, storyListQuery } from './request-schemas.ts';

type JsonObject = Record<string, unknown>;

function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>): JsonObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const js = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonObject;
    delete js.$schema;
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return { name, in: 'query', required: !optional, description: descriptions[name], schema: js };
  });
}

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id`,
  schema: { type: 'integer', minimum: 1 },
});

function ref(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

// Every 200 carries a strong ETag (the etag middleware) and a Cache-Control; a matching If-None-Match gets a bodiless 304.
const cachingHeaders = {
  ETag: { description: 'Validator of this representation; send it back in If-None-Match', schema: { type: 'string' } },
  'Cache-Control': { description: 'How long shared caches may keep the response', schema: { type: 'string' } },
};

function ok(name: string, description: string) {
  return { description, headers: cachingHeaders, content: { 'application/json': { schema: ref(name) } } };
}

const notModified = { description: 'Not modified: If-None-Match named the current ETag', headers: { ETag: cachingHeaders.ETag } };

const problem = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETag of a copy the client holds; the answer is 304 without a body when it is still current',
  schema: { type: 'string' },
};

/** The responses every operation can give besides its own: 304 for a current copy, 500 with the same error JSON. */
function withCommon(responses: Record<string, unknown>) {
  return { ...responses, 304: notModified, 500: problem('Unexpected failure (details are in the server log only)') };
}

export function buildOpenApiDocument(siteTitle: string): JsonObject {
  const registry = z.registry<{ id: string }>();
  const schemas = {
    ArticleCard: articleCardSchema,
    StoryCard: storyCardSchema,
    StoryList: storyListSchema,
    StoryArticleEntry: storyArticleEntrySchema,
    StoryDetail: storyDetailSchema,
    ArticleDetail: articleDetailSchema,
    SearchResult: searchResultSchema,
    Source: sourceSchema,
    SourceList: sourceListSchema,
    Error: errorSchema,
  };
  for (const [id, s] of Object.entries(schemas)) registry.add(s, { id });
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as {
    schemas: Record<string, JsonObject>;
  };
  const components: Record<string, JsonObject> = {};
  for (const [id, s] of Object.entries(generated.schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = s;
    components[id] = rest;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: `${siteTitle} API`,
      version: '1',
      description: 'Arabic news grouped into stories. Every article object carries `url`, the original on the outlet’s site.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/stories': {
        get: {
          summary: 'Top stories, ranked by number of outlets and recency',
          parameters: [
            ...queryParameters(storyListQuery, {
              limit: 'Page size',
              cursor: 'nextCursor from the previous page',
              since: 'Only stories seen at or after this ISO time',
              min_articles: 'Only stories with at least this many articles',
              order: 'rank (outlets, then recency) or recent',
            }),
            ifNoneMatch,
          ],
          responses: withCommon({ 200: ok('StoryList', 'A page of stories'), 400: problem('Invalid parameter or cursor') }),
        },
      },
      '/stories/{id}': {
        get: {
          summary: 'One story with every report, wire copies folded, entities and quotes',
          parameters: [idParameter('Story'), ifNoneMatch],
          responses: withCommon({ 200: ok('StoryDetail', 'The story'), 404: problem('Unknown story') }),
        },
      },
      '/articles/{id}': {
        get: {
          summary: 'One article with similar articles, one read-also and more from its story',
          parameters: [idParameter('Article'), ifNoneMatch],
          responses: withCommon({ 200: ok('ArticleDetail', 'The article'), 404: problem('Unknown article') }),
        },
      },
      '/search': {
        get: {
          summary: 'Full-text search, one hit per story',
          parameters: [...queryParameters(searchQuery, { q: 'Query', limit: 'Page size', cursor: 'nextCursor from the previous page' }), ifNoneMatch],
          responses: withCommon({
            200: ok('SearchResult', 'Results'),
            400: problem('Missing or malformed query (code bad_query carries the reason)'),
            503: problem('Search backend unavailable'),
          }),
        },
      },
      '/sources': {
        get: {
          summary: 'Sources with fetch health',
          parameters: [ifNoneMatch],
          responses: withCommon({ 200: ok('SourceList', 'All sources') }),
        },
      },
      '/openapi.json': {
        get: {
          summary: 'This document',
          parameters: [ifNoneMatch],
          responses: {
            200: {
              description: 'OpenAPI 3.1 document',
              headers: cachingHeaders,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { openapi: { type: 'string', const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
                    required: ['openapi', 'info', 'paths'],
                  },
                },
              },
            },
            304: notModified,
          },
        },
      },
    },
    components: { schemas: components },
  };
}
